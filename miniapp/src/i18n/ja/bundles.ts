import type zh from '../zh-Hans/bundles';

export default {
  'bundle.title': 'ワンストップ手続き',
  'bundle.notice': '手続きの注意事項',
  'bundle.questions': '以下の質問にお答えいただくと、必要な手続きをご案内します',
  'bundle.plan': '必要な手続きを確認',
  'bundle.unanswered': '未回答の質問が{count}件あります',
  'bundle.applicable': '必要な手続き（{count}件）',
  'bundle.notApplicable': 'ご回答の内容では、手続きは不要です',
  'bundle.sharedFields': '共通の情報は1回の入力で済みます：{count}項目',
  'bundle.materials': '準備する書類（{count}点）',
  'bundle.materialWallet': '証明書ウォレットにあり',
  'bundle.apply': 'まとめて申請',
  'bundle.department': '{name} · {days}',
  'bundle.items': '{count}件の手続き',
} satisfies Record<keyof typeof zh, string>;
