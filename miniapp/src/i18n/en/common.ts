import type zh from '../zh-Hans/common';

export default {
  'common.appName': 'ZhangShangBan',
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.back': 'Back',
  'common.viewAll': 'View all',
  'common.degraded': 'Temporarily unavailable. Please try again later.',
  'common.empty': 'Nothing here yet',
  'common.elderMode': 'Large text',
  'common.elderModeOn': 'Large text is on',
  'common.elderModeOff': 'Large text is off',
  'common.language': 'Language',
  'common.languageName': 'English',
  'common.languageMark': '文A',
  'common.originalChinese': '中文原文 · Chinese original',
  'common.languageChipLabel': 'Language: {name}, tap to change',
  'common.logout': 'Sign out',
} satisfies Record<keyof typeof zh, string>;
