import { parse } from 'csv-parse/sync';
import { createAuditLog } from '../../../src/audit';
import { startExportApp } from '../../helpers/export-app';
import { storeKinds } from '../../helpers/store-kinds';

const TOKEN = 'test-admin-token-0123456789';
type Rows = ({ seq: number } & Record<string, unknown>)[];
const json = async <T>(res: Response) => (await res.json()) as T;
const auth = { Authorization: `Bearer ${TOKEN}` };

describe.each(storeKinds().map((k) => [k.name, k] as const))('GET /admin/audit/export (%s store)', (_name, kind) => {
  let env: Awaited<ReturnType<typeof kind.create>>;
  let app: Awaited<ReturnType<typeof startExportApp>>;
  beforeAll(async () => {
    env = await kind.create();
    let t = Date.parse('2026-05-01T00:00:00Z');
    const log = await createAuditLog({ audit: env.store.audit, clock: { now: () => new Date((t += 3600_000)) } });
    await log.record({ type: 'turn', actor: 'aad-1', unit: 'UBND huyện Đồng Phú', conversationType: 'personal', feature: 'qa', answerer: 'extractive', latencyMs: 210, outcome: 'answered' });
    await log.record({ type: 'turn', actor: 'aad-2', conversationType: 'channel', feature: 'qa', latencyMs: 3, outcome: 'blocked',
      gate: { decision: 'block', level: 4, categories: ['secret_marking'], counts: { secret_marking: 1 }, hashes: [] } });
    await log.record({ type: 'admin', actor: 'admin-api', action: 'revoke', target: 'aad-2', outcome: 'ok' });
    app = await startExportApp({ store: env.store, token: TOKEN });
  });
  afterAll(async () => {
    await app?.close();
    await env?.cleanup();
  });
  const get = (q: string, headers: Record<string, string> = auth) => fetch(`${app.url}/admin/audit/export${q}`, { headers });

  it('exports CSV (BOM, Vietnamese headers and values, local time) with gate summary, hashes and pseudonymous actors', async () => {
    const res = await get('?format=csv');
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.subarray(3).toString('utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['Số thứ tự'])).toEqual(['1', '2', '3']);
    expect(rows[0]).toMatchObject({
      'Thời gian (giờ Việt Nam)': '2026-05-01 08:00:00', 'Loại sự kiện': 'Lượt trò chuyện', 'Đơn vị': 'UBND huyện Đồng Phú', 'Chức năng': 'Hỏi đáp pháp luật',
      'Cách trả lời': 'Trích dẫn văn bản (không dùng mô hình)', 'Thời gian xử lý (ms)': '210', 'Kết quả': 'đã trả lời', 'Nơi trò chuyện': 'Trò chuyện riêng (1:1)',
    });
    expect(rows[0]['Người thực hiện']).toMatch(/^[0-9a-f]{16}$/);
    expect(rows[1]).toMatchObject({ 'Quyết định của cổng kiểm soát': 'chặn', 'Mức nhạy cảm': '4', 'Loại nội dung nhạy cảm': 'Bí mật nhà nước', 'Kết quả': 'bị chặn' });
    expect(rows[1]['Mã băm của sự kiện trước']).toBe(rows[0]['Mã băm']);
    expect(rows[2]).toMatchObject({ 'Loại sự kiện': 'Quản trị', 'Người thực hiện': 'admin-api', 'Thao tác': 'revoke', 'Kết quả': 'thành công' });
  });

  it('filters JSON by type and time range; JSON keeps the machine names and values', async () => {
    const admin = await json<Rows>(await get('?format=json&type=admin'));
    expect(admin.map((r) => r.seq)).toEqual([3]);
    expect(admin[0]).toMatchObject({ type: 'admin', action: 'revoke', outcome: 'ok', time: '2026-05-01T03:00:00.000Z' });
    const ranged = await json<Rows>(await get('?format=json&from=2026-05-01T01:30:00Z&to=2026-05-01T02:30:00Z'));
    expect(ranged.map((r) => r.seq)).toEqual([2]);
  });

  it('refuses a bad token (401) and a bad query (400)', async () => {
    expect((await get('?format=csv', { Authorization: 'Bearer nope-nope-nope-nope' })).status).toBe(401);
    const bad = await get('?type=everything');
    expect(bad.status).toBe(400);
    expect((await json<{ error: { message: string } }>(bad)).error.message).toContain('type');
  });

  it('exports XLSX', async () => {
    const res = await get('?format=xlsx');
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
  });
});
