import type zh from '../zh-Hans/home';

export default {
  'home.title': 'ホーム',
  'home.greeting': 'こんにちは、{name}さん',
  'home.idNumber': '身分証番号 {value}',
  'home.actingAs': '現在の立場：{name}',
  'home.wallet.title': 'マイ証明書',
  'home.wallet.valid': '有効',
  'home.wallet.expiring': 'まもなく期限切れ',
  'home.wallet.expired': '期限切れ',
  'home.wallet.total': '全{count}件',
  'home.hotServices.title': '人気の手続き',
  'home.messages.title': 'メッセージ',
  'home.messages.unread': '未読{count}件',
  'home.messages.none': '未読のメッセージはありません',
  'home.messages.badgeLabel': '未読メッセージ{count}件',
  'home.work.title': '手続き',
} satisfies Record<keyof typeof zh, string>;
