import type { MonthlyReport } from '@zsb/shared/contracts/supervision';
import { chartSvg } from '@zsb/shared/domain/charts';
import { renderPdf } from '../../platform/pdf';

const percent = (v: number | null) => (v === null ? '—' : `${Math.round(v * 1000) / 10}%`);

/** A CSV cell: quoted when it holds a comma, quote or line break; a leading =+-@ is neutralised (spreadsheet formulas). */
function cell(v: string | number | null): string {
  let s = v === null ? '' : String(v);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The report as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese headers). */
export function reportCsv(r: MonthlyReport): string {
  const f = r.figures;
  const lines = [
    ['单位', '月份', '受理', '办结', '按时办结', '超期', '评价数', '好评率', '差评工单', '回访', '督办'],
    [r.departmentName ?? r.departmentCode, r.month, f.received, f.finished, f.finishedOnTime, f.overdue, f.ratings, percent(f.goodRate), f.badRatings, f.callbacks, f.escalations],
    [],
    ['月份', '受理', '按时办结', '超期', '好评率'],
    ...r.history.map((h) => [h.month, h.received, h.finishedOnTime, h.overdue, percent(h.goodRate)]),
  ];
  return `\uFEFF${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** The report's chart: cases received, finished on time and overdue over the history months. */
export function reportChartSvg(r: MonthlyReport): string {
  return chartSvg({
    title: `${r.departmentName ?? r.departmentCode} 办件情况（近 ${r.history.length} 个月）`,
    labels: r.history.map((h) => h.month),
    series: [
      { name: '受理', color: '#1f5fbf', values: r.history.map((h) => h.received) },
      { name: '按时办结', color: '#16a34a', values: r.history.map((h) => h.finishedOnTime) },
      { name: '超期', color: '#dc2626', values: r.history.map((h) => h.overdue) },
    ],
  });
}

/** The report as a PDF (platform/pdf: Chinese font embedded), with its figures, history table and bar charts. */
export async function reportPdf(r: MonthlyReport): Promise<Uint8Array> {
  const f = r.figures;
  const unit = r.departmentName ?? r.departmentCode;
  const pdf = await renderPdf({
    title: `${unit} ${r.month} 政务服务情况通报`,
    subtitle: `生成时间 ${r.generatedAt.slice(0, 10)}`,
    subject: '情况通报',
    issuedAt: new Date(r.generatedAt),
    sections: [{
      heading: '本月情况',
      fields: [
        { label: '受理', value: `${f.received} 件` },
        { label: '办结', value: `${f.finished} 件（按时 ${f.finishedOnTime} 件）` },
        { label: '超期', value: `${f.overdue} 件` },
        { label: '评价', value: `${f.ratings} 条，好评率 ${percent(f.goodRate)}` },
        { label: '差评工单', value: `${f.badRatings} 件，回访 ${f.callbacks} 次` },
        { label: '督办', value: `${f.escalations} 件` },
      ],
    }],
    tables: [{
      title: '近几个月',
      columns: ['月份', '受理', '按时办结', '超期', '好评率'],
      rows: r.history.map((h) => [h.month, h.received, h.finishedOnTime, h.overdue, percent(h.goodRate)]),
    }],
    charts: [
      { title: '受理（件）', bars: r.history.map((h) => ({ label: h.month, value: h.received })), unit: '件' },
      { title: '超期（件）', bars: r.history.map((h) => ({ label: h.month, value: h.overdue })), unit: '件' },
      { title: '好评率', bars: r.history.map((h) => ({ label: h.month, value: h.goodRate === null ? 0 : Math.round(h.goodRate * 100) })), unit: '%' },
    ],
    footer: `${unit} · 情况通报 ${r.month} · 掌上办`,
  });
  return pdf.bytes;
}
