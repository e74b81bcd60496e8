import type zh from '../zh-Hans/messages';

export default {
  'messages.title': 'メッセージ',
  'messages.empty': 'メッセージはありません',
  'messages.readAll': 'すべて既読にする',
  'messages.unread': '未読',
} satisfies Record<keyof typeof zh, string>;
