import { describe, expect, it } from 'vitest';
import { renderPdf } from './index';
import { inspectPdf } from './pdf.test-support';

describe('platform/pdf', () => {
  it('embeds the Chinese font as a small subset and a QR that reads back', async () => {
    const qrText = 'https://zsb.example/#/docs/pages/check/index?code=zsb1:doc:D123:abcdefghijklmnopqrstuv';
    const { bytes, sha256 } = await renderPdf({
      title: '无犯罪记录证明',
      subtitle: '编号 D123',
      sections: [{ heading: '证明事项', fields: [{ label: '姓名', value: '张三' }, { label: '身份证号', value: '1101**********1234' }],
        paragraphs: ['经查询，该人员在本辖区内无犯罪记录。特此证明。'] }],
      qrText, qrCaption: '扫码核验', footer: '掌上办 统一发证', issuedAt: new Date('2026-11-29T00:00:00Z'),
      keywords: ['zsb-doc', 'D123'],
    });
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    // A whole CJK font is megabytes; the subset keeps the document small.
    expect(bytes.length).toBeLessThan(120_000);
    const info = await inspectPdf(bytes);
    expect(info).toMatchObject({ pages: 1, title: '无犯罪记录证明', fontFiles: 1, qr: qrText });
  });

  it('renders the same input to the same bytes, wraps long text and tables across pages, draws charts', async () => {
    const input = {
      title: '情况通报 2026年11月',
      sections: [{ paragraphs: ['很长的一段文字'.repeat(200), 'A long English sentence that wraps at word boundaries '.repeat(20)] }],
      charts: [{ title: '办件量', bars: [{ label: '市人社局', value: 120 }, { label: '市公安局', value: 80 }], unit: '件' }],
      table: { columns: ['单位', '受理', '按时办结', '超期'], rows: Array.from({ length: 80 }, (_, i) => [`单位${i}`, i, i, 0]) },
      issuedAt: new Date('2026-12-01T00:00:00Z'),
    };
    const a = await renderPdf(input);
    const b = await renderPdf(input);
    expect(a.sha256).toBe(b.sha256);
    const info = await inspectPdf(a.bytes);
    expect(info.pages).toBeGreaterThan(2);
    expect(info.qr).toBeNull();
  });
});
