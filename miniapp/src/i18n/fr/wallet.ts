import type zh from '../zh-Hans/wallet';

export default {
  'wallet.title': 'Documents électroniques',
  'wallet.holder': 'Titulaire : {name}',
  'wallet.empty': 'Aucun document électronique pour l’instant',
  'wallet.number': 'Numéro',
  'wallet.issuer': 'Délivré par',
  'wallet.validity': 'Validité',
  'wallet.validRange': 'Du {from} au {until}',
  'wallet.validForever': 'À partir du {from}, sans date de fin',
  'wallet.daysLeft': 'Encore {days, plural, one {# jour} other {# jours}}',
  'wallet.status.valid': 'Valide',
  'wallet.status.expiring': 'Expire bientôt',
  'wallet.status.expired': 'Expiré',
  'wallet.status.revoked': 'Révoqué',
  'wallet.openDetail': 'Voir le détail : {name}',
  'wallet.detail.title': 'Détail du document',
  'wallet.detail.holder': 'Titulaire',
  'wallet.detail.issuedOn': 'Délivré le',
  'wallet.detail.masked': 'Masqué',
  'wallet.detail.maskedNote': 'Les informations marquées « Masqué » sont en partie cachées pour protéger votre vie privée.',
} satisfies Record<keyof typeof zh, string>;
