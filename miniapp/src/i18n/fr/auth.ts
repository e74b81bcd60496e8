import type zh from '../zh-Hans/auth';

export default {
  'auth.title': 'Connexion unifiée',
  'auth.subtitle': 'Connectez-vous avec votre compte de la plateforme nationale des services publics',
  'auth.sandboxNote': 'Environnement de test : choisissez une identité de test pour vous connecter',
  'auth.group.resident': 'Particuliers',
  'auth.group.staff': 'Agents de guichet',
  'auth.group.operator': 'Gestionnaires',
  'auth.signingIn': 'Connexion en cours…',
  'auth.personaLabel': 'Se connecter en tant que {name}',
  'auth.weappLogin': 'Se connecter avec WeChat',
  'auth.agreement': 'En vous connectant, vous acceptez les Conditions d’utilisation et la Politique de confidentialité',
} satisfies Record<keyof typeof zh, string>;
