import type zh from '../zh-Hans/results';

export default {
  'results.section': 'Result',
  'results.pending': 'The result is being issued. Refresh in a moment.',
  'results.certificate': '{name} has been issued into your wallet',
  'results.openCertificate': 'Open the certificate',
  'results.documentMeta': 'Issued on {date} · its QR verifies it',
  'results.download': 'Download the PDF',
  'results.downloaded': 'Downloaded',
  'results.check.title': 'Check a document',
  'results.check.valid': 'Genuine: issued by 掌上办 and unchanged',
  'results.check.tampered': 'Not genuine: the document or its QR was altered',
  'results.check.unknown': 'Unknown: not a document issued by 掌上办',
  'results.check.missing': 'Scan the QR on the document to check it',
  'results.check.fieldTitle': 'Document',
  'results.check.fieldHolder': 'Holder',
  'results.check.fieldIssuer': 'Issued by',
  'results.check.fieldNumber': 'Case number',
  'results.check.fieldIssuedAt': 'Issued at',
} satisfies Record<keyof typeof zh, string>;
