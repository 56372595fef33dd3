import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { writeExport, type ExportColumn } from '../../../src/http/export-formats';

const COLUMNS: ExportColumn[] = [
  { key: 'time', header: 'Thời gian (giờ Việt Nam)', kind: 'time', width: 20 },
  { key: 'comment', header: 'Nhận xét', width: 40 },
  { key: 'answer', header: 'Câu trả lời', kind: 'markdown', width: 80 },
  { key: 'reaction', header: 'Đánh giá', label: (v) => ({ like: 'Thích', dislike: 'Không thích' })[v] ?? v },
  { key: 'n', header: 'Số', kind: 'number' },
];
const ANSWER = '**Điều 28 – Thời hạn giải quyết khiếu nại lần đầu** [1]\n- Khoản 1: “Không quá 30 ngày”\n  - điểm a) “…”\nXem [Luật Khiếu nại](https://vbpl.vn/28)';
const ANSWER_TEXT = 'Điều 28 – Thời hạn giải quyết khiếu nại lần đầu [1]\n• Khoản 1: “Không quá 30 ngày”\n  • điểm a) “…”\nXem Luật Khiếu nại (https://vbpl.vn/28)';

async function* rows() {
  yield { time: new Date('2026-03-01T20:30:00Z'), comment: '=HYPERLINK("http://x","bấm vào")', answer: ANSWER, reaction: 'like', n: -5 };
  yield { time: new Date('2026-03-02T00:00:00Z'), comment: '+1', answer: 'a, b', reaction: 'dislike', n: 2 };
}
const collect = async (format: 'csv' | 'xlsx' | 'json') => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeExport(out, { format, columns: COLUMNS, rows: rows(), sheet: 'Đánh giá' });
  return Buffer.concat(chunks);
};

describe('writeExport', () => {
  it('CSV: BOM, Vietnamese headers and values, local time text, plain text, and no cell Excel would run as a formula', async () => {
    const bytes = await collect('csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = parse(bytes.subarray(3).toString('utf8'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(parsed[0])).toEqual(['Thời gian (giờ Việt Nam)', 'Nhận xét', 'Câu trả lời', 'Đánh giá', 'Số']);
    // 20:30 UTC is 03:30 the next day in Vietnam.
    expect(parsed[0]).toEqual({
      'Thời gian (giờ Việt Nam)': '2026-03-02 03:30:00', 'Nhận xét': `'=HYPERLINK("http://x","bấm vào")`, 'Câu trả lời': ANSWER_TEXT, 'Đánh giá': 'Thích', 'Số': '-5',
    });
    expect(parsed[1]).toMatchObject({ 'Nhận xét': "'+1", 'Đánh giá': 'Không thích', 'Thời gian (giờ Việt Nam)': '2026-03-02 07:00:00' });
  });

  it('XLSX: a date cell in local time with a date format, widths, bold frozen header; text stays text, numbers numbers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await collect('xlsx')) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('Đánh giá');
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['Thời gian (giờ Việt Nam)', 'Nhận xét', 'Câu trả lời', 'Đánh giá', 'Số']);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const time = ws.getRow(2).getCell(1);
    expect(time.type).toBe(ExcelJS.ValueType.Date);
    // Excel has no time zones: the cell holds the Vietnam wall-clock time.
    expect((time.value as Date).toISOString()).toBe('2026-03-02T03:30:00.000Z');
    expect(time.numFmt).toBe('dd/mm/yyyy hh:mm:ss');
    expect([ws.getColumn(1).width, ws.getColumn(3).width]).toEqual([20, 80]);
    const comment = ws.getRow(2).getCell(2);
    expect(comment.type).toBe(ExcelJS.ValueType.String);
    expect(comment.value).toBe('=HYPERLINK("http://x","bấm vào")');
    expect(ws.getRow(2).getCell(3).value).toBe(ANSWER_TEXT);
    expect(ws.getRow(2).getCell(4).value).toBe('Thích');
    expect(ws.getRow(2).getCell(5).value).toBe(-5);
  });

  it('JSON: one array with the machine field names and raw values, times in ISO 8601 UTC', async () => {
    expect(JSON.parse((await collect('json')).toString('utf8'))).toEqual([
      { time: '2026-03-01T20:30:00.000Z', comment: '=HYPERLINK("http://x","bấm vào")', answer: ANSWER, reaction: 'like', n: -5 },
      { time: '2026-03-02T00:00:00.000Z', comment: '+1', answer: 'a, b', reaction: 'dislike', n: 2 },
    ]);
  });
});
