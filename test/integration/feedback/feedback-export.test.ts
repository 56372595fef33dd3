import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import pino from 'pino';
import { createRecordFeedback } from '../../../src/feedback';
import type { Store } from '../../../src/store/types';
import { answer } from '../../contract/store-contract';
import { startExportApp } from '../../helpers/export-app';
import { createFakeGate } from '../../helpers/fake-gate';
import { storeKinds } from '../../helpers/store-kinds';

const TOKEN = 'test-admin-token-0123456789';
const auth = { Authorization: `Bearer ${TOKEN}` };
type Rows = Record<string, string>[];
type ErrorBody = { error: { code: string; message: string } };
const json = async <T>(res: Response) => (await res.json()) as T;
const QUESTION = 'Thời hạn giải quyết khiếu nại lần đầu là bao lâu?';

describe.each(storeKinds().map((k) => [k.name, k] as const))('GET /admin/feedback/export (%s store)', (_name, kind) => {
  let env: Awaited<ReturnType<typeof kind.create>>;
  let store: Store;
  let app: Awaited<ReturnType<typeof startExportApp>>;
  beforeAll(async () => {
    let now = new Date('2026-03-01T03:00:00Z');
    const clock = { now: () => now };
    env = await kind.create(clock);
    store = env.store;
    await store.answers.save(answer('act-1', { question: QUESTION, unit: 'Sở Tư pháp' }));
    const record = createRecordFeedback({ store, gate: createFakeGate(), clock, logger: pino({ level: 'silent' }) });
    await record({ reaction: 'like', feedback: '{"feedbackText":"Rất hữu ích, cảm ơn trợ lý!"}', replyToId: 'act-1', userId: 'aad-nguyen-van-a', conversationType: 'personal' });
    now = new Date('2026-03-05T03:00:00Z');
    await record({ reaction: 'dislike', feedback: '{"feedbackText":"Tài liệu MẬT nói khác"}', replyToId: 'act-1', userId: 'aad-tran-thi-b', conversationType: 'groupChat' });
    now = new Date('2026-03-09T03:00:00Z');
    await record({ reaction: 'dislike', replyToId: 'act-missing', userId: 'aad-le-c', conversationType: 'channel' });
    app = await startExportApp({ store, token: TOKEN });
  });
  afterAll(async () => {
    await app?.close();
    await env?.cleanup();
  });
  const get = (query: string, headers: Record<string, string> = auth) => fetch(`${app.url}/admin/feedback/export${query}`, { headers });

  it('refuses a missing or wrong token with 401 JSON', async () => {
    for (const headers of [{}, { Authorization: 'Bearer wrong-token-wrong-token' }, { Authorization: TOKEN }] as Record<string, string>[]) {
      const res = await get('?format=csv', headers);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: { code: 'UNAUTHORIZED', message: expect.any(String) } });
    }
  });

  it.each([
    ['?format=pdf', 'format'],
    ['?from=hôm-qua', 'from'],
    ['?from=2026-03-10&to=2026-03-01', 'from'],
    ['?reaction=love', 'reaction'],
  ])('answers 400 with a clear JSON error for %s', async (query, field) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const body = await json<ErrorBody>(res);
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.message).toContain(field);
  });

  it('downloads CSV with a UTF-8 BOM, Vietnamese intact, pseudonymous users, the answer joined in', async () => {
    const res = await get('?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="feedback-.*\.csv"/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.subarray(3).toString('utf8'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([
      'Thời gian (giờ Việt Nam)', 'Đơn vị', 'Người dùng', 'Nơi trò chuyện', 'Câu hỏi', 'Câu trả lời', 'Căn cứ trích dẫn', 'Đánh giá', 'Nhận xét',
      'Cách trả lời', 'Nhận xét bị chặn', 'Mã câu trả lời',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      'Thời gian (giờ Việt Nam)': '2026-03-01 10:00:00', 'Đơn vị': 'Sở Tư pháp', 'Nơi trò chuyện': 'Trò chuyện riêng (1:1)', 'Câu hỏi': QUESTION,
      'Câu trả lời': 'Không quá 30 ngày (Điều 28 Luật Khiếu nại).', 'Căn cứ trích dẫn': 'Điều 28 Luật Khiếu nại 2011', 'Đánh giá': 'Thích',
      'Nhận xét': 'Rất hữu ích, cảm ơn trợ lý!', 'Cách trả lời': 'Trích dẫn văn bản (không dùng mô hình)', 'Nhận xét bị chặn': 'không',
    });
    expect(rows[0]['Người dùng']).toMatch(/^[0-9a-f]{16}$/);
    expect(bytes.toString('utf8')).not.toContain('aad-nguyen-van-a');
    expect(rows[1]).toMatchObject({ 'Đánh giá': 'Không thích', 'Nhận xét': '', 'Nhận xét bị chặn': 'có', 'Nơi trò chuyện': 'Nhóm chat' });
    expect(bytes.toString('utf8')).not.toContain('MẬT');
    expect(rows[2]).toMatchObject({ 'Mã câu trả lời': 'act-missing', 'Câu hỏi': '', 'Nơi trò chuyện': 'Kênh nhóm (Teams)' });
  });

  it('filters by reaction and by a date range where `to` includes that day', async () => {
    const res = await get('?format=json&reaction=dislike&from=2026-03-02&to=2026-03-05');
    const rows = await json<Rows>(res);
    expect(rows.map((r) => r.time)).toEqual(['2026-03-05T03:00:00.000Z']);
  });

  it('downloads JSON as one array with the machine field names and values', async () => {
    const res = await get('?format=json');
    expect(res.headers.get('content-type')).toContain('application/json');
    const rows = await json<Rows>(res);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      time: '2026-03-01T03:00:00.000Z', channel: 'personal', question: QUESTION, comment: 'Rất hữu ích, cảm ơn trợ lý!', reaction: 'like', answerer: 'extractive', commentBlocked: 'false',
    });
  });

  it('downloads XLSX: Vietnamese headers and values, the local time as a date cell, widths', async () => {
    const res = await get('?format=xlsx&reaction=like');
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('Đánh giá');
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const values = (ws.getRow(2).values as unknown[]).slice(1);
    const row = Object.fromEntries(header.map((h, i) => [h, values[i]]));
    expect(ws.rowCount).toBe(2);
    expect(row).toMatchObject({ 'Câu hỏi': QUESTION, 'Nhận xét': 'Rất hữu ích, cảm ơn trợ lý!', 'Đơn vị': 'Sở Tư pháp', 'Đánh giá': 'Thích', 'Nhận xét bị chặn': 'không' });
    const time = ws.getRow(2).getCell(1);
    expect(time.type).toBe(ExcelJS.ValueType.Date);
    expect((time.value as Date).toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(time.numFmt).toBe('dd/mm/yyyy hh:mm:ss');
    expect(ws.getColumn(header.indexOf('Câu trả lời') + 1).width).toBeGreaterThanOrEqual(60);
  });

  it('gives the same person the same pseudonym in every export, and real ids only when configured', async () => {
    const first = await json<Rows>(await get('?format=json'));
    const second = await json<Rows>(await get('?format=json'));
    expect(first[0].user).toBe(second[0].user);
    const real = await startExportApp({ store, token: TOKEN, exportRealUserIds: true });
    try {
      const rows = await json<Rows>(await fetch(`${real.url}/admin/feedback/export?format=json`, { headers: auth }));
      expect(rows[0].user).toBe('aad-nguyen-van-a');
    } finally {
      await real.close();
    }
  });

  it('answers 503 when no admin token is configured', async () => {
    const off = await startExportApp({ store });
    try {
      const res = await fetch(`${off.url}/admin/feedback/export`, { headers: auth });
      expect(res.status).toBe(503);
      expect((await json<ErrorBody>(res)).error.code).toBe('UNAVAILABLE');
    } finally {
      await off.close();
    }
  });
});
