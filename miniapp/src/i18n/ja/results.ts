import type zh from '../zh-Hans/results';

export default {
  'results.section': '結果',
  'results.pending': '結果を発行中です。しばらくして更新してください',
  'results.certificate': '{name}を証明書ウォレットに発行しました',
  'results.openCertificate': '証明書を見る',
  'results.documentMeta': '{date} 発行・QRコードで真偽確認可',
  'results.download': 'PDFをダウンロード',
  'results.downloaded': 'ダウンロードしました',
  'results.check.title': '電子文書の確認',
  'results.check.valid': '確認済み：掌上办が発行し、改ざんされていません',
  'results.check.tampered': '確認失敗：文書またはQRコードが改ざんされています',
  'results.check.unknown': '不明：掌上办が発行した文書ではありません',
  'results.check.missing': '文書のQRコードを読み取って確認してください',
  'results.check.fieldTitle': '文書名',
  'results.check.fieldHolder': '所持者',
  'results.check.fieldIssuer': '発行機関',
  'results.check.fieldNumber': '申請番号',
  'results.check.fieldIssuedAt': '発行日時',
} satisfies Record<keyof typeof zh, string>;
