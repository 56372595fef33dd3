import ExcelJS from 'exceljs';
import type { AuditEventInput, Store } from '../../../src/store/types';
import type { Category } from '../../../src/gate/types';
import { ADMIN_TOKEN, startAdminApp, storeBackends } from './admin-app';

let store: Store;
let cleanup: () => Promise<void>;
let app: Awaited<ReturnType<typeof startAdminApp>>;

const UNITS = ['Sở Nội vụ', 'UBND xã Tam Đa'];
// 09:00 in Vietnam on 10, 11 and 12 November 2026.
const DAYS = ['2026-11-10', '2026-11-11', '2026-11-12'];
const CATEGORIES: Category[] = ['personal_id', 'secret_marking', 'phishing'];

type Expected = { questions: number; summaries: number; blocked: number; likes: number; dislikes: number; byCategory: Record<string, number> };

/** Appends a deterministic but uneven mix of audit events and returns what each (day, unit) should count. */
async function generate(): Promise<Map<string, Expected>> {
  const expected = new Map<string, Expected>();
  let n = 0;
  for (const [d, day] of DAYS.entries()) {
    for (const [u, unit] of UNITS.entries()) {
      const e: Expected = { questions: 0, summaries: 0, blocked: 0, likes: 0, dislikes: 0, byCategory: {} };
      const base = new Date(`${day}T02:00:00Z`);
      const at = (i: number) => new Date(base.getTime() + i * 60_000);
      const put = (ev: Omit<AuditEventInput, 'time' | 'unit' | 'actor'> & { actor?: string }) =>
        store.audit.append({ time: at(n++ % 600), unit, actor: `u${n % 3}`, ...ev } as AuditEventInput);
      const gate = (decision: 'allow' | 'block', categories: Category[] = []) => ({ decision, level: decision === 'block' ? 3 : 1, categories, counts: {}, hashes: [] }) as AuditEventInput['gate'];
      for (let i = 0; i < 2 + d + u * 3; i++, e.questions++) await put({ type: 'turn', feature: 'qa', outcome: 'answered', gate: gate('allow') });
      for (let i = 0; i < (d + u) % 3; i++, e.summaries++) await put({ type: 'turn', feature: 'meeting', outcome: 'summarised', gate: gate('allow') });
      for (let i = 0; i < d + 1 + u; i++, e.blocked++) {
        const cats = i % 2 === 0 ? [CATEGORIES[(d + i) % 3]] : [CATEGORIES[0], CATEGORIES[2]];
        for (const c of cats) e.byCategory[c] = (e.byCategory[c] ?? 0) + 1;
        await put({ type: 'turn', feature: i % 3 === 0 ? 'meeting' : 'qa', outcome: 'blocked', gate: gate('block', cats) });
      }
      for (let i = 0; i < 3 - d + u; i++, e.likes++) await put({ type: 'turn', feature: 'feedback', outcome: 'recorded', details: { reaction: 'like' } });
      for (let i = 0; i < d; i++, e.dislikes++) await put({ type: 'turn', feature: 'feedback', outcome: 'recorded', details: { reaction: 'dislike' } });
      // Noise that must not be counted: help turns, admin actions, access refusals.
      await put({ type: 'turn', feature: 'help', outcome: 'help' });
      await put({ type: 'admin', action: 'user.add', outcome: 'ok' });
      await put({ type: 'turn', feature: 'account', outcome: 'denied', details: { reason: 'revoked' } });
      expected.set(`${day}|${unit}`, e);
    }
  }
  return expected;
}

describe.each(storeBackends())('on the $name store', (backend) => {
  beforeEach(async () => {
    ({ store, cleanup } = await backend.open());
    app = await startAdminApp(store, { clock: { now: () => new Date('2026-11-20T05:00:00Z') } });
  });

  afterEach(async () => {
    await app.close();
    await cleanup();
  });

  describe('GET /admin/usage', () => {
    it('matches the generated audit events per unit and day (JSON)', async () => {
      const expected = await generate();
      const r = await app.call('GET', '/admin/usage?from=2026-11-01&to=2026-11-30', ADMIN_TOKEN);
      expect(r.status).toBe(200);
      expect(r.json.rows).toHaveLength(DAYS.length * UNITS.length);
      for (const row of r.json.rows) {
        const e = expected.get(`${row.day}|${row.unit}`);
        expect(e).toBeDefined();
        expect({ q: row.questions, s: row.summaries, b: row.blocked, l: row.likes, d: row.dislikes, c: row.blockedByCategory })
          .toEqual({ q: e?.questions, s: e?.summaries, b: e?.blocked, l: e?.likes, d: e?.dislikes, c: e?.byCategory });
      }
      const sum = (k: keyof Omit<Expected, 'byCategory'>) => [...expected.values()].reduce((a, e) => a + e[k], 0);
      expect(r.json.totals).toMatchObject({ questions: sum('questions'), summaries: sum('summaries'), blocked: sum('blocked'), likes: sum('likes'), dislikes: sum('dislikes') });
    });

    it('limits a unit administrator to their unit and refuses another unit', async () => {
      const expected = await generate();
      await app.call('POST', '/admin/users', ADMIN_TOKEN, { id: 'qt@tamda.gov.vn', name: 'Quản trị xã', unit: 'UBND xã Tam Đa', role: 'unit_admin' });
      const token = (await app.call('POST', '/admin/tokens', ADMIN_TOKEN, { userId: 'qt@tamda.gov.vn' })).json.token;
      const r = await app.call('GET', '/admin/usage?from=2026-11-01&to=2026-11-30', token);
      expect(r.status).toBe(200);
      expect(r.json.unit).toBe('UBND xã Tam Đa');
      expect(new Set(r.json.rows.map((x: { unit: string }) => x.unit))).toEqual(new Set(['UBND xã Tam Đa']));
      expect(r.json.totals.questions).toBe(DAYS.reduce((a, d) => a + (expected.get(`${d}|UBND xã Tam Đa`)?.questions ?? 0), 0));
      expect((await app.call('GET', `/admin/usage?unit=${encodeURIComponent('Sở Nội vụ')}`, token)).status).toBe(403);
    });

    it('narrows to one day in Vietnam time', async () => {
      const expected = await generate();
      const r = await app.call('GET', '/admin/usage?from=2026-11-11&to=2026-11-11&unit=' + encodeURIComponent('Sở Nội vụ'), ADMIN_TOKEN);
      expect(r.json.rows).toHaveLength(1);
      expect(r.json.rows[0]).toMatchObject({ day: '2026-11-11', questions: expected.get('2026-11-11|Sở Nội vụ')?.questions });
    });

    it('exports the same figures as .xlsx', async () => {
      const expected = await generate();
      const res = await fetch(`${app.base}/admin/usage?from=2026-11-01&to=2026-11-30&format=xlsx`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
      const ws = wb.worksheets[0];
      const header = (ws.getRow(1).values as unknown[]).slice(1);
      expect(header.slice(0, 3)).toEqual(['Ngày', 'Đơn vị', 'Câu hỏi']);
      const col = (name: string) => header.indexOf(name) + 1;
      const row2 = ws.getRow(2);
      const e = expected.get(`${(row2.getCell(1).value as Date).toISOString().slice(0, 10)}|${row2.getCell(2).value}`);
      expect(e).toBeDefined();
      expect(row2.getCell(col('Câu hỏi')).value).toBe(e?.questions);
      expect(row2.getCell(col('Lượt bị chặn')).value).toBe(e?.blocked);
      expect(row2.getCell(col('Chặn: Số định danh cá nhân')).value).toBe(e?.byCategory.personal_id ?? 0);
      expect(row2.getCell(col('Không thích')).value).toBe(e?.dislikes);
      expect(ws.rowCount).toBe(1 + DAYS.length * UNITS.length + 1);
    });

    it('rejects a malformed period or format with 400', async () => {
      expect((await app.call('GET', '/admin/usage?from=hom-qua', ADMIN_TOKEN)).status).toBe(400);
      expect((await app.call('GET', '/admin/usage?format=pdf', ADMIN_TOKEN)).status).toBe(400);
      expect((await app.call('GET', '/admin/usage?from=2026-11-10&to=2026-11-01', ADMIN_TOKEN)).json.error.code).toBe('BAD_REQUEST');
    });
  });
});
