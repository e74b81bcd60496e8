import type zh from '../zh-Hans/wallet';

export default {
  'wallet.title': 'E-certificates',
  'wallet.holder': 'Holder: {name}',
  'wallet.empty': 'No e-certificates yet',
  'wallet.number': 'Number',
  'wallet.issuer': 'Issued by',
  'wallet.validity': 'Valid',
  'wallet.validRange': '{from} to {until}',
  'wallet.validForever': 'From {from}, no end date',
  'wallet.daysLeft': '{days, plural, one {# day left} other {# days left}}',
  'wallet.status.valid': 'Valid',
  'wallet.status.expiring': 'Expiring soon',
  'wallet.status.expired': 'Expired',
  'wallet.status.revoked': 'Revoked',
  'wallet.openDetail': 'Open details of {name}',
  'wallet.detail.title': 'Certificate details',
  'wallet.detail.holder': 'Holder',
  'wallet.detail.issuedOn': 'Issued on',
  'wallet.detail.masked': 'Masked',
  'wallet.detail.maskedNote': 'Fields marked “Masked” are partly hidden to protect your privacy.',
} satisfies Record<keyof typeof zh, string>;
