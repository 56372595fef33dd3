import { exportsVi } from '../messages/exports';
import { format } from '../messages';
import { vnIsoText } from './local-time';

/** What an exported workbook holds: AI-assisted content (answers, summaries) or figures the system computed. */
export type ExportMark = 'ai' | 'system';

// Both ExcelJS workbooks (in memory, and the streaming writer whose rows and sheets must be committed).
interface MarkRow { font?: unknown; commit?: () => void }
interface MarkSheet { columns: unknown; addRow(values: unknown[]): MarkRow; commit?: () => void }
interface MarkBook { addWorksheet(name: string): unknown }

const m = exportsVi.mark;

/**
 * Adds the "Ghi chú" sheet every exported workbook carries: whether AI assisted, the data source, and the fields for
 * who checked it and when (Cao Bằng Điều 6 khoản 2, 4 and 5; Phước Bình Điều 17 khoản 3). Call after the data sheets.
 */
export function addMarkSheet(book: MarkBook, kind: ExportMark, now: Date): void {
  const ws = book.addWorksheet(m.sheet) as MarkSheet;
  ws.columns = [{ width: 34 }, { width: 90 }];
  const rows: unknown[][] = [
    [m.title],
    [kind === 'ai' ? m.ai : m.system],
    [m.source, format(m.sourceValue, { time: vnIsoText(now) })],
    [m.checkedBy, m.blank],
    [m.checkedOn, m.blank],
  ];
  rows.forEach((values, i) => {
    const row = ws.addRow(values);
    if (i === 0) row.font = { bold: true };
    row.commit?.();
  });
  ws.commit?.();
}
