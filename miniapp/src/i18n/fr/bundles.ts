import type zh from '../zh-Hans/bundles';

export default {
  'bundle.title': 'Événement de vie',
  'bundle.notice': 'Avant de commencer',
  'bundle.questions': 'Répondez à ces questions : nous trouverons les démarches qu’il vous faut',
  'bundle.plan': 'Voir les démarches à faire',
  'bundle.unanswered': 'Encore {count, plural, one {# question sans réponse} other {# questions sans réponse}}',
  'bundle.applicable': 'Démarches à faire ({count})',
  'bundle.notApplicable': 'Pas nécessaire d’après vos réponses',
  'bundle.sharedFields': 'Informations communes demandées une seule fois : {count}',
  'bundle.materials': 'Pièces à préparer ({count})',
  'bundle.materialWallet': 'Déjà dans votre portefeuille',
  'bundle.apply': 'Tout demander avec un seul formulaire',
  'bundle.department': '{name} · {days}',
  'bundle.items': '{count} démarches',
} satisfies Record<keyof typeof zh, string>;
