import type zh from '../zh-Hans/auth';

export default {
  'auth.title': '統合認証',
  'auth.subtitle': '国の行政サービスプラットフォームのアカウントでログインします',
  'auth.sandboxNote': 'テスト環境：テスト用のアカウントを選択してログインしてください',
  'auth.group.resident': '個人',
  'auth.group.staff': '窓口職員',
  'auth.group.operator': '運用担当者',
  'auth.signingIn': 'ログインしています…',
  'auth.personaLabel': '{name}としてログイン',
  'auth.weappLogin': 'WeChatでログイン',
  'auth.agreement': 'ログインすると、「利用規約」および「プライバシーポリシー」に同意したものとみなされます',
} satisfies Record<keyof typeof zh, string>;
