import type zh from '../zh-Hans/bundles';

export default {
  'bundle.title': 'Life event',
  'bundle.notice': 'Before you start',
  'bundle.questions': 'Answer these questions and we will work out what you need',
  'bundle.plan': 'See what I need to apply for',
  'bundle.unanswered': '{count, plural, one {# question left} other {# questions left}}',
  'bundle.applicable': 'You need ({count})',
  'bundle.notApplicable': 'Not needed for your answers',
  'bundle.sharedFields': 'Shared details asked only once: {count}',
  'bundle.materials': 'Documents to prepare ({count})',
  'bundle.materialWallet': 'In your wallet',
  'bundle.apply': 'Apply with one form',
  'bundle.department': '{name} · {days}',
  'bundle.items': '{count, plural, one {# service} other {# services}}',
} satisfies Record<keyof typeof zh, string>;
