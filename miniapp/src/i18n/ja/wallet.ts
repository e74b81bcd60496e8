import type zh from '../zh-Hans/wallet';

export default {
  'wallet.title': '電子証明書',
  'wallet.holder': '所持者：{name}',
  'wallet.empty': '電子証明書はまだありません',
  'wallet.number': '証明書番号',
  'wallet.issuer': '発行機関',
  'wallet.validity': '有効期間',
  'wallet.validRange': '{from}～{until}',
  'wallet.validForever': '{from}から無期限で有効',
  'wallet.daysLeft': '残り{days}日',
  'wallet.status.valid': '有効',
  'wallet.status.expiring': 'まもなく期限切れ',
  'wallet.status.expired': '期限切れ',
  'wallet.status.revoked': '取り消し済み',
  'wallet.openDetail': '{name}の詳細を表示',
  'wallet.detail.title': '証明書の詳細',
  'wallet.detail.holder': '所持者',
  'wallet.detail.issuedOn': '発行日',
  'wallet.detail.masked': '一部非表示',
  'wallet.detail.maskedNote': '「一部非表示」と表示された情報は、個人情報保護のため内容の一部を隠しています。',
} satisfies Record<keyof typeof zh, string>;
