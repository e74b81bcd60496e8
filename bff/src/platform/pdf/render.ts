import { createHash } from 'node:crypto';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import QRCode from 'qrcode';
import { loadCjkFont } from './font';

/** A block of the document: an optional heading, label/value rows, then paragraphs. */
export interface PdfSection {
  heading?: string;
  fields?: { label: string; value: string }[];
  paragraphs?: string[];
}

export interface PdfTable {
  title?: string;
  columns: string[];
  rows: (string | number)[][];
  /** Relative column widths (default: equal). */
  widths?: number[];
}

/** A horizontal bar chart (a monthly report's figures, a rating trend). */
export interface PdfChart {
  title?: string;
  bars: { label: string; value: number }[];
  /** Printed after each value, e.g. "件" or "%". */
  unit?: string;
}

export interface PdfInput {
  title: string;
  subtitle?: string;
  sections?: PdfSection[];
  table?: PdfTable;
  tables?: PdfTable[];
  charts?: PdfChart[];
  /** Text of the QR printed on the first page (e.g. a signed verification code). */
  qrText?: string;
  /** Line printed under the QR. */
  qrCaption?: string;
  /** Lines printed at the bottom of every page (issuer, page numbers are added). */
  footer?: string;
  /** Document metadata: fixed dates make the same input render the same bytes. */
  issuedAt?: Date;
  author?: string;
  subject?: string;
  keywords?: string[];
}

export interface RenderedPdf {
  bytes: Uint8Array;
  /** SHA-256 (hex) of `bytes`: what a verification record keeps to recognise the exact file. */
  sha256: string;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const QR_SIZE = 96;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.42, 0.42, 0.46);
const RULE = rgb(0.8, 0.8, 0.84);
const BAR = rgb(0.15, 0.42, 0.85);

/**
 * Renders a PDF with the Chinese font embedded as a subset (only the glyphs used, so a one-page
 * document stays in the tens of kilobytes) and, when asked, a QR on the first page. Generic on
 * purpose: results' 证明 documents and monthly reports use it with their own content and signing.
 */
export async function renderPdf(input: PdfInput): Promise<RenderedPdf> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(loadCjkFont(), { subset: true });
  const issuedAt = input.issuedAt ?? new Date();
  doc.setTitle(input.title, { showInWindowTitleBar: true });
  doc.setAuthor(input.author ?? '掌上办');
  doc.setCreator('掌上办');
  doc.setProducer('掌上办 platform/pdf');
  doc.setCreationDate(issuedAt);
  doc.setModificationDate(issuedAt);
  if (input.subject) doc.setSubject(input.subject);
  if (input.keywords?.length) doc.setKeywords(input.keywords);
  doc.setLanguage('zh-CN');

  const w = new Writer(doc, font);
  // Title block, leaving room for the QR at the top right.
  const qrRoom = input.qrText ? QR_SIZE + 16 : 0;
  if (input.qrText) {
    const png = await QRCode.toBuffer(input.qrText, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 4 });
    const image = await doc.embedPng(png);
    const x = A4[0] - MARGIN - QR_SIZE;
    const top = A4[1] - MARGIN;
    w.page.drawImage(image, { x, y: top - QR_SIZE, width: QR_SIZE, height: QR_SIZE });
    if (input.qrCaption) {
      const lines = wrap(font, input.qrCaption, 8, QR_SIZE + 8);
      lines.forEach((l, i) => w.page.drawText(l, { x: x - 4, y: top - QR_SIZE - 10 - i * 10, size: 8, font, color: MUTED }));
    }
  }
  w.paragraph(input.title, 20, INK, A4[0] - 2 * MARGIN - qrRoom, 1.4);
  if (input.subtitle) w.paragraph(input.subtitle, 11, MUTED, A4[0] - 2 * MARGIN - qrRoom);
  if (input.qrText) w.y = Math.min(w.y, A4[1] - MARGIN - QR_SIZE - 40);
  w.gap(8);
  w.rule();

  for (const s of input.sections ?? []) {
    w.gap(10);
    if (s.heading) w.paragraph(s.heading, 13, INK);
    for (const f of s.fields ?? []) w.field(f.label, f.value);
    for (const p of s.paragraphs ?? []) w.paragraph(p, 11, INK);
  }
  for (const c of input.charts ?? []) w.chart(c);
  for (const t of [...(input.table ? [input.table] : []), ...(input.tables ?? [])]) w.table(t);

  const pages = doc.getPages();
  pages.forEach((p, i) => {
    const text = [input.footer, `${i + 1} / ${pages.length}`].filter(Boolean).join('    ');
    p.drawText(text, { x: MARGIN, y: MARGIN / 2, size: 8, font, color: MUTED });
  });
  const bytes = await doc.save({ useObjectStreams: true });
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Breaks text into lines no wider than `width`: CJK characters break anywhere, Latin words at spaces. */
export function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of String(text).split('\n')) {
    const tokens = para.match(/[A-Za-z0-9@._:/\-+#%&*'"()[\],;!?]+\s*|\s+|./gu) ?? [''];
    let line = '';
    for (const tok of tokens) {
      const candidate = line + tok;
      if (line && font.widthOfTextAtSize(candidate.trimEnd(), size) > width) {
        out.push(line.trimEnd());
        line = tok.trimStart();
        // A single token wider than the line is cut by characters.
        while (line && font.widthOfTextAtSize(line, size) > width) {
          let n = line.length;
          while (n > 1 && font.widthOfTextAtSize(line.slice(0, n), size) > width) n--;
          out.push(line.slice(0, n));
          line = line.slice(n);
        }
      } else {
        line = candidate;
      }
    }
    out.push(line.trimEnd());
  }
  return out;
}

class Writer {
  page: PDFPage;
  y: number;
  constructor(private readonly doc: PDFDocument, private readonly font: PDFFont) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  private get width() { return A4[0] - 2 * MARGIN; }

  ensure(height: number) {
    if (this.y - height < MARGIN) {
      this.page = this.doc.addPage(A4);
      this.y = A4[1] - MARGIN;
    }
  }

  gap(h: number) { this.y -= h; }

  rule() {
    this.ensure(4);
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: A4[0] - MARGIN, y: this.y }, thickness: 0.6, color: RULE });
    this.y -= 4;
  }

  paragraph(text: string, size: number, color = INK, width = this.width, leading = 1.5) {
    for (const line of wrap(this.font, text, size, width)) {
      this.ensure(size * leading);
      this.y -= size * leading;
      this.page.drawText(line, { x: MARGIN, y: this.y + size * (leading - 1) / 2, size, font: this.font, color });
    }
  }

  field(label: string, value: string) {
    const size = 11;
    const labelWidth = 120;
    const lines = wrap(this.font, value, size, this.width - labelWidth);
    lines.forEach((line, i) => {
      this.ensure(size * 1.6);
      this.y -= size * 1.6;
      if (i === 0) this.page.drawText(label, { x: MARGIN, y: this.y + 3, size, font: this.font, color: MUTED });
      this.page.drawText(line, { x: MARGIN + labelWidth, y: this.y + 3, size, font: this.font, color: INK });
    });
  }

  table(t: PdfTable) {
    const size = 9;
    this.gap(12);
    if (t.title) this.paragraph(t.title, 12, INK);
    const weights = t.widths ?? t.columns.map(() => 1);
    const sum = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((x) => (x / sum) * this.width);
    const row = (cells: (string | number)[], color: typeof INK, header: boolean) => {
      const wrapped = cells.map((c, i) => wrap(this.font, String(c ?? ''), size, (widths[i] ?? 40) - 6));
      const height = Math.max(1, ...wrapped.map((l) => l.length)) * size * 1.4 + 6;
      this.ensure(height);
      if (header) this.page.drawRectangle({ x: MARGIN, y: this.y - height, width: this.width, height, color: rgb(0.95, 0.95, 0.97) });
      let x = MARGIN;
      wrapped.forEach((lines, i) => {
        lines.forEach((l, k) => this.page.drawText(l, { x: x + 3, y: this.y - 3 - (k + 1) * size * 1.4 + 3, size, font: this.font, color }));
        x += widths[i] ?? 0;
      });
      this.y -= height;
      this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: A4[0] - MARGIN, y: this.y }, thickness: 0.4, color: RULE });
    };
    row(t.columns, MUTED, true);
    for (const r of t.rows) row(r, INK, false);
  }

  chart(c: PdfChart) {
    const size = 9;
    this.gap(12);
    if (c.title) this.paragraph(c.title, 12, INK);
    const max = Math.max(1, ...c.bars.map((b) => b.value));
    const labelWidth = 110;
    const barMax = this.width - labelWidth - 60;
    for (const b of c.bars) {
      this.ensure(16);
      this.y -= 16;
      this.page.drawText(wrap(this.font, b.label, size, labelWidth - 6)[0] ?? '', { x: MARGIN, y: this.y + 4, size, font: this.font, color: INK });
      const len = Math.max(0, (b.value / max) * barMax);
      if (len > 0) this.page.drawRectangle({ x: MARGIN + labelWidth, y: this.y + 2, width: len, height: 10, color: BAR });
      this.page.drawText(`${b.value}${c.unit ?? ''}`, { x: MARGIN + labelWidth + len + 4, y: this.y + 4, size, font: this.font, color: MUTED });
    }
  }
}
