import ExcelJS from 'exceljs';
import { addMarkSheet } from '../core/xlsx-mark';
import { categoriesLabel } from '../messages/exports';
import { vi } from './messages';
import type { UsageReport } from './usage-report';

/** The columns of the usage figures, one per blocked category among them (cells keyed `cat:<category>`). */
export function usageFigureColumns(categories: string[]): Partial<ExcelJS.Column>[] {
  const cols = vi.usage.columns;
  return [
    { header: cols.questions, key: 'questions', width: 10 },
    { header: cols.summaries, key: 'summaries', width: 16 },
    { header: cols.blocked, key: 'blocked', width: 12 },
    ...categories.map((c) => ({ header: `${vi.usage.blockedPrefix}${categoriesLabel(c)}`, key: `cat:${c}`, width: 22 })),
    { header: cols.likes, key: 'likes', width: 8 },
    { header: cols.dislikes, key: 'dislikes', width: 12 },
  ];
}

/** Renders the usage report as an .xlsx workbook: one row per unit and day, one column per blocked category. */
export async function usageToXlsx(report: UsageReport, now = new Date()): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Trợ lý Công vụ';
  const ws = wb.addWorksheet(vi.usage.sheet);
  const cols = vi.usage.columns;
  const categories = Object.keys(report.totals.blockedByCategory).sort();
  ws.columns = [
    { header: cols.day, key: 'day', width: 12, style: { numFmt: 'dd/mm/yyyy' } },
    { header: cols.unit, key: 'unit', width: 30 },
    ...usageFigureColumns(categories),
    { header: cols.activeUsers, key: 'activeUsers', width: 12 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const r of report.rows) {
    // The Vietnam calendar day as a date cell (midnight of that day, shown dd/mm/yyyy).
    const cells: Record<string, string | number | Date> = { ...r, day: new Date(`${r.day}T00:00:00Z`), blockedByCategory: '' };
    for (const c of categories) cells[`cat:${c}`] = r.blockedByCategory[c] ?? 0;
    ws.addRow(cells);
  }
  const total: Record<string, string | number> = { ...report.totals, day: vi.usage.totalRow, unit: report.unit ?? '', blockedByCategory: '' };
  for (const c of categories) total[`cat:${c}`] = report.totals.blockedByCategory[c] ?? 0;
  ws.addRow(total).font = { bold: true };
  // A report to the superior body names its source and who checked it (Cao Bằng Điều 6 khoản 4).
  addMarkSheet(wb, 'system', now);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
