import type zh from '../zh-Hans/auth';

export default {
  'auth.title': 'Unified sign-in',
  'auth.subtitle': 'Sign in with your national government services account',
  'auth.sandboxNote': 'Test environment: choose a test identity to sign in',
  'auth.group.resident': 'Residents',
  'auth.group.staff': 'Service-window staff',
  'auth.group.operator': 'Operators',
  'auth.signingIn': 'Signing in…',
  'auth.personaLabel': 'Sign in as {name}',
  'auth.weappLogin': 'Sign in with WeChat',
  'auth.agreement': 'By signing in you accept the Terms of Service and the Privacy Policy',
} satisfies Record<keyof typeof zh, string>;
