import { once } from 'node:events';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { types } from 'node:util';
import type { Response } from 'express';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { vnIsoText, vnWallClock } from '../core/local-time';
import { markdownToPlainText } from '../core/plain-text';
import type { ExportColumn, Row } from '../core/export-column';
import { addMarkSheet, type ExportMark } from '../core/xlsx-mark';

export type { ExportColumn, Row } from '../core/export-column';
export type ExportFormat = 'csv' | 'xlsx' | 'json';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

// Excel runs a CSV cell starting with one of these as a formula: user text (comments) must not become one (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
/** Excel's limit for one cell's text. */
const XLSX_CELL_MAX = 32_767;
const XLSX_DATE_FORMAT = 'dd/mm/yyyy hh:mm:ss';

const csvSafe = (v: string) => (FORMULA_START.test(v) ? `'${v}` : v);

/** A value as people read it: local time, plain text, a Vietnamese label. */
function present(col: ExportColumn, value: Row[string] | undefined, format: 'csv' | 'xlsx'): string | number | Date {
  if (value === undefined || value === '') return '';
  // util.types.isDate: a Date from another realm (a worker, a VM context) is a Date too.
  if (types.isDate(value)) return format === 'xlsx' ? vnWallClock(value) : vnIsoText(value);
  if (typeof value === 'number') return value;
  if (col.kind === 'markdown') value = markdownToPlainText(value);
  if (col.label) value = col.label(value);
  return format === 'xlsx' && value.length > XLSX_CELL_MAX ? value.slice(0, XLSX_CELL_MAX) : value;
}

async function* presented(rows: AsyncIterable<Row>, columns: readonly ExportColumn[], format: 'csv' | 'xlsx'): AsyncGenerator<Record<string, string | number | Date>> {
  for await (const row of rows) yield Object.fromEntries(columns.map((c) => [c.key, present(c, row[c.key], format)]));
}

async function writeXlsx(out: NodeJS.WritableStream, columns: readonly ExportColumn[], rows: AsyncIterable<Row>, sheet: string, mark?: { kind: ExportMark; now: Date }): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out as unknown as import('stream').Stream, useStyles: true, useSharedStrings: false });
  // A frozen header with filter buttons: people sort and filter the export in Excel at once.
  const lastColumn = String.fromCharCode(64 + Math.min(columns.length, 26));
  const ws = wb.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }], autoFilter: `A1:${lastColumn}1` } as Partial<ExcelJS.AddWorksheetOptions>);
  ws.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width ?? 16,
    style: c.kind === 'time' ? { numFmt: XLSX_DATE_FORMAT } : c.kind === 'markdown' ? { alignment: { wrapText: true, vertical: 'top' } } : {},
  }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  // XLSX cells are written as text, never formulas; only the length needs a guard.
  for await (const row of presented(rows, columns, 'xlsx')) ws.addRow(row).commit();
  ws.commit();
  if (mark) addMarkSheet(wb, mark.kind, mark.now);
  await wb.commit();
}

/**
 * Writes rows in one format to any writable stream. CSV (with a UTF-8 BOM, so Excel reads Vietnamese right) and XLSX are for
 * people: Vietnamese headers and values, Vietnam local time (a date cell in XLSX), plain text. JSON is for programs: one
 * streamed array with the machine field names and values (times in ISO 8601 UTC).
 */
export async function writeExport(out: NodeJS.WritableStream, opts: { format: ExportFormat; columns: readonly ExportColumn[]; rows: AsyncIterable<Row>; sheet?: string; mark?: { kind: ExportMark; now: Date } }): Promise<void> {
  const { columns, rows } = opts;
  if (opts.format === 'csv') {
    const header = columns.map((c) => ({ key: c.key, header: c.header }));
    await pipeline(Readable.from(presented(rows, columns, 'csv')), stringify({ header: true, columns: header, bom: true, cast: { string: csvSafe } }), out);
    return;
  }
  // A workbook is a document people file: it says whether AI assisted and who checked it (the "Ghi chú" sheet).
  if (opts.format === 'xlsx') return writeXlsx(out, columns, rows, opts.sheet ?? 'export', opts.mark);
  let first = true;
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out as unknown as NodeJS.EventEmitter, 'drain');
  };
  await write('[');
  for await (const row of rows) {
    await write((first ? '\n' : ',\n') + JSON.stringify(row));
    first = false;
  }
  await write('\n]\n');
  out.end();
}

/**
 * Streams an export as an HTTP download. The first row is fetched before any header is sent, so a database failure still
 * becomes a clean JSON error; a failure later can only cut the download short.
 */
export async function sendExport(res: Response, opts: { format: ExportFormat; basename: string; columns: readonly ExportColumn[]; rows: AsyncIterable<Row>; sheet?: string; mark?: { kind: ExportMark; now: Date } }): Promise<void> {
  const it = opts.rows[Symbol.asyncIterator]();
  const head = await it.next();
  async function* all(): AsyncGenerator<Row> {
    if (head.done) return;
    yield head.value;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  res.status(200);
  res.set('Content-Type', CONTENT_TYPES[opts.format]);
  res.set('Content-Disposition', `attachment; filename="${opts.basename}.${opts.format}"`);
  res.set('Cache-Control', 'no-store');
  try {
    await writeExport(res, { format: opts.format, columns: opts.columns, rows: all(), sheet: opts.sheet ?? opts.basename, mark: opts.mark });
  } catch (e) {
    res.destroy(e as Error);
    throw e;
  }
}
