import type zh from '../zh-Hans/messages';

export default {
  'messages.title': 'Messages',
  'messages.empty': 'Aucun message',
  'messages.readAll': 'Tout marquer comme lu',
  'messages.unread': 'Non lu',
} satisfies Record<keyof typeof zh, string>;
