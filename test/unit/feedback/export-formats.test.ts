import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { writeExport } from '../../../src/http/export-formats';

async function* rows() {
  yield { comment: '=HYPERLINK("http://x","bấm vào")', answer: 'Điều 28\n"Khoản 1"', n: -5 };
  yield { comment: '+1', answer: 'a, b', n: 2 };
}
const collect = async (format: 'csv' | 'xlsx' | 'json') => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeExport(out, { format, columns: ['comment', 'answer', 'n'], rows: rows() });
  return Buffer.concat(chunks);
};

describe('writeExport', () => {
  it('CSV: BOM, quoting of newlines and quotes, and no cell that Excel would run as a formula', async () => {
    const bytes = await collect('csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = parse(bytes.subarray(3).toString('utf8'), { columns: true }) as Record<string, string>[];
    expect(parsed[0]).toEqual({ comment: `'=HYPERLINK("http://x","bấm vào")`, answer: 'Điều 28\n"Khoản 1"', n: '-5' });
    expect(parsed[1].comment).toBe("'+1");
  });

  it('XLSX: text stays text (formulas are not created), numbers stay numbers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await collect('xlsx')) as unknown as ArrayBuffer);
    const cell = wb.worksheets[0].getRow(2).getCell(1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://x","bấm vào")');
    expect(wb.worksheets[0].getRow(2).getCell(3).value).toBe(-5);
  });

  it('JSON: one array with the raw values', async () => {
    expect(JSON.parse((await collect('json')).toString('utf8'))).toEqual([
      { comment: '=HYPERLINK("http://x","bấm vào")', answer: 'Điều 28\n"Khoản 1"', n: -5 },
      { comment: '+1', answer: 'a, b', n: 2 },
    ]);
  });
});
