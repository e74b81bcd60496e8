import type zh from '../zh-Hans/common';

export default {
  'common.appName': 'ZhangShangBan',
  'common.loading': 'Chargement…',
  'common.retry': 'Réessayer',
  'common.back': 'Retour',
  'common.viewAll': 'Tout voir',
  'common.degraded': 'Momentanément indisponible. Veuillez réessayer plus tard.',
  'common.empty': 'Rien pour l’instant',
  'common.elderMode': 'Grands caractères',
  'common.elderModeOn': 'Grands caractères activés',
  'common.elderModeOff': 'Grands caractères désactivés',
  'common.language': 'Langue',
  'common.languageName': 'Français',
  'common.languageMark': '文A',
  'common.originalChinese': '中文原文 · original chinois',
  'common.languageChipLabel': 'Langue : {name}, touchez pour changer',
  'common.logout': 'Se déconnecter',
} satisfies Record<keyof typeof zh, string>;
