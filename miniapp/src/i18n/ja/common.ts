import type zh from '../zh-Hans/common';

export default {
  'common.appName': '掌上办',
  'common.loading': '読み込み中…',
  'common.retry': '再試行',
  'common.back': '戻る',
  'common.viewAll': 'すべて表示',
  'common.degraded': '現在ご利用いただけません。しばらくしてから再度お試しください。',
  'common.empty': '表示する内容はありません',
  'common.elderMode': 'シニアモード',
  'common.elderModeOn': 'シニアモードをオンにしました',
  'common.elderModeOff': 'シニアモードをオフにしました',
  'common.language': '言語',
  'common.languageName': '日本語',
  'common.languageMark': '文A',
  'common.originalChinese': '中文原文 · 中国語の原文',
  'common.languageChipLabel': '言語：{name}（タップして変更）',
  'common.logout': 'ログアウト',
} satisfies Record<keyof typeof zh, string>;
