import type zh from '../zh-Hans/messages';

export default {
  'messages.title': 'Messages',
  'messages.empty': 'No messages',
  'messages.readAll': 'Mark all read',
  'messages.unread': 'Unread',
} satisfies Record<keyof typeof zh, string>;
