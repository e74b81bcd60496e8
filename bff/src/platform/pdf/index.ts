// PDF generation for documents 掌上办 issues (证明 results, monthly reports): Chinese font embedded
// as a subset, an optional QR that verifies the document, a SHA-256 of the bytes for the record.
export { renderPdf, wrap, type PdfInput, type PdfSection, type PdfTable, type PdfChart, type RenderedPdf } from './render';
export { loadCjkFont, DEFAULT_FONT_FILES, FONT_DEBIAN_PACKAGE } from './font';
