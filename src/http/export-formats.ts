import { once } from 'node:events';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';

export type ExportFormat = 'csv' | 'xlsx' | 'json';
export type Row = Record<string, string | number>;

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

// Excel runs a CSV cell starting with one of these as a formula: user text (comments) must not become one (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
/** Excel's limit for one cell's text. */
const XLSX_CELL_MAX = 32_767;

const csvSafe = (v: string) => (FORMULA_START.test(v) ? `'${v}` : v);
const xlsxSafe = (row: Row): Row => {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'string' && v.length > XLSX_CELL_MAX ? v.slice(0, XLSX_CELL_MAX) : v;
  return out;
};

/** Writes rows in one format to any writable stream: CSV with a UTF-8 BOM (Excel reads Vietnamese right), XLSX streamed, JSON as one streamed array. */
export async function writeExport(out: NodeJS.WritableStream, opts: { format: ExportFormat; columns: readonly string[]; rows: AsyncIterable<Row>; sheet?: string }): Promise<void> {
  const { columns, rows } = opts;
  if (opts.format === 'csv') {
    await pipeline(Readable.from(rows), stringify({ header: true, columns: [...columns], bom: true, cast: { string: csvSafe } }), out);
    return;
  }
  if (opts.format === 'xlsx') {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out as unknown as import('stream').Stream, useStyles: false, useSharedStrings: false });
    const ws = wb.addWorksheet(opts.sheet ?? 'export');
    ws.columns = columns.map((c) => ({ header: c, key: c }));
    // XLSX cells are written as text, never formulas; only the length needs a guard.
    for await (const row of rows) ws.addRow(xlsxSafe(row)).commit();
    ws.commit();
    await wb.commit();
    return;
  }
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
export async function sendExport(res: Response, opts: { format: ExportFormat; basename: string; columns: readonly string[]; rows: AsyncIterable<Row> }): Promise<void> {
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
    await writeExport(res, { format: opts.format, columns: opts.columns, rows: all(), sheet: opts.basename });
  } catch (e) {
    res.destroy(e as Error);
    throw e;
  }
}
