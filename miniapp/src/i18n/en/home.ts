import type zh from '../zh-Hans/home';

export default {
  'home.title': 'Home',
  'home.greeting': 'Hello, {name}',
  'home.idNumber': 'ID number {value}',
  'home.actingAs': 'Acting as: {name}',
  'home.wallet.title': 'My certificates',
  'home.wallet.valid': 'Valid',
  'home.wallet.expiring': 'Expiring',
  'home.wallet.expired': 'Expired',
  'home.wallet.total': '{count} in total',
  'home.hotServices.title': 'Popular services',
  'home.messages.title': 'Messages',
  'home.messages.unread': '{count} unread',
  'home.messages.none': 'No unread messages',
  'home.messages.badgeLabel': '{count, plural, one {# unread message} other {# unread messages}}',
  'home.work.title': 'My affairs',
} satisfies Record<keyof typeof zh, string>;
