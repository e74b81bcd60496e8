import type zh from '../zh-Hans/results';

export default {
  'results.section': 'Résultat',
  'results.pending': 'Le résultat est en cours d\'émission. Actualisez dans un instant.',
  'results.certificate': '{name} a été délivré dans votre portefeuille',
  'results.openCertificate': 'Ouvrir le certificat',
  'results.documentMeta': 'Émis le {date} · son QR le vérifie',
  'results.download': 'Télécharger le PDF',
  'results.downloaded': 'Téléchargé',
  'results.check.title': 'Vérifier un document',
  'results.check.valid': 'Authentique : émis par 掌上办 et non modifié',
  'results.check.tampered': 'Non authentique : le document ou son QR a été modifié',
  'results.check.unknown': 'Inconnu : ce n\'est pas un document émis par 掌上办',
  'results.check.missing': 'Scannez le QR du document pour le vérifier',
  'results.check.fieldTitle': 'Document',
  'results.check.fieldHolder': 'Titulaire',
  'results.check.fieldIssuer': 'Émis par',
  'results.check.fieldNumber': 'Numéro de dossier',
  'results.check.fieldIssuedAt': 'Émis le',
} satisfies Record<keyof typeof zh, string>;
