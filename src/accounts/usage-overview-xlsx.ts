import ExcelJS from 'exceljs';
import { vi } from './messages';
import type { UsageOverview } from './usage-overview';
import { usageFigureColumns, usageToXlsx } from './usage-xlsx';
import m from './usage-overview.vi.json';

/**
 * The dashboard's report as one workbook, opening on the monthly figures (active people distinct over each month),
 * beside the usage report's daily sheet and the active accounts that did not use the assistant in the period.
 */
export async function usageOverviewToXlsx(o: UsageOverview): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await usageToXlsx(o.report)) as unknown as ArrayBuffer);
  const cols = vi.usage.columns;
  const categories = Object.keys(o.report.totals.blockedByCategory).sort();
  const months = wb.addWorksheet(m.monthsSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  months.columns = [
    { header: m.month, key: 'month', width: 10, style: { numFmt: 'mm/yyyy' } },
    { header: cols.unit, key: 'unit', width: 30 },
    { header: cols.activeUsers, key: 'activeUsers', width: 12 },
    ...usageFigureColumns(categories),
  ];
  months.getRow(1).font = { bold: true };
  for (const r of o.months) {
    const { blockedByCategory: _byCategory, ...counts } = r;
    const cells: Record<string, string | number | Date> = { ...counts, month: new Date(`${r.day}-01T00:00:00Z`) };
    for (const c of categories) cells[`cat:${c}`] = r.blockedByCategory[c] ?? 0;
    months.addRow(cells);
  }
  months.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: months.columns.length } };
  const idle = wb.addWorksheet(m.idleSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  idle.columns = [
    { header: m.idle.name, key: 'name', width: 28 }, { header: m.idle.id, key: 'id', width: 40 },
    { header: m.idle.unit, key: 'unit', width: 30 }, { header: m.idle.role, key: 'role', width: 20 },
  ];
  idle.getRow(1).font = { bold: true };
  for (const u of o.idle) idle.addRow({ name: u.name, id: u.id, unit: u.unit, role: m.roles[u.role] });
  // The monthly sheet opens first.
  wb.views = [{ activeTab: 1, x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: 'visible' }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
