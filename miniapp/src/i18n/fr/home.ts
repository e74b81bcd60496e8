import type zh from '../zh-Hans/home';

export default {
  'home.title': 'Accueil',
  'home.greeting': 'Bonjour, {name}',
  'home.idNumber': 'Carte d’identité n° {value}',
  'home.actingAs': 'Identité utilisée : {name}',
  'home.wallet.title': 'Mes documents',
  'home.wallet.valid': 'Valides',
  'home.wallet.expiring': 'Bientôt expirés',
  'home.wallet.expired': 'Expirés',
  'home.wallet.total': '{count} au total',
  'home.hotServices.title': 'Démarches fréquentes',
  'home.messages.title': 'Messages',
  'home.messages.unread': '{count, plural, one {# non lu} other {# non lus}}',
  'home.messages.none': 'Aucun message non lu',
  'home.messages.badgeLabel': '{count, plural, one {# message non lu} other {# messages non lus}}',
  'home.work.title': 'Mes démarches',
} satisfies Record<keyof typeof zh, string>;
