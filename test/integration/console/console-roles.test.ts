import ExcelJS from 'exceljs';
import type { ChatIdentity } from '../../../src/cli/chat/activity-factory';
import type { TestService } from '../../helpers/test-runtime';
import { LEGAL_QUESTIONS, SYSTEM_TOKEN, adminCall, provision, startService } from '../accounts/service-harness';
import { signInOverHttp, type ConsoleClient } from './console-client';

const UNIT_A = 'UBND xã Nam Sơn';
const UNIT_B = 'Sở Tài chính';
const b = encodeURIComponent(UNIT_B);

type Role = 'system' | 'unit' | 'auditor';
/** Every console route with the status each role gets: 200 page, 303 done (redirect), 403 refused, 404 (no appeals here). */
const GETS: [string, Record<Role, number>][] = [
  ['/console/usage', { system: 200, unit: 200, auditor: 200 }],
  [`/console/usage?unit=${b}`, { system: 200, unit: 403, auditor: 200 }],
  [`/console/usage/report.xlsx?unit=${b}`, { system: 200, unit: 403, auditor: 200 }],
  ['/console/feedback', { system: 200, unit: 200, auditor: 200 }],
  [`/console/feedback?unit=${b}`, { system: 200, unit: 403, auditor: 200 }],
  ['/console/feedback/{fb}', { system: 200, unit: 403, auditor: 200 }],
  ['/console/feedback/export.csv', { system: 200, unit: 403, auditor: 200 }],
  ['/console/feedback/export.xlsx', { system: 200, unit: 403, auditor: 200 }],
  ['/console/worklist', { system: 200, unit: 403, auditor: 200 }],
  ['/console/alerts', { system: 200, unit: 200, auditor: 200 }],
  [`/console/alerts?unit=${b}`, { system: 200, unit: 403, auditor: 200 }],
  ['/console/accounts', { system: 200, unit: 200, auditor: 200 }],
  [`/console/accounts?unit=${b}`, { system: 200, unit: 403, auditor: 200 }],
  ['/console/audit', { system: 200, unit: 403, auditor: 200 }],
  ['/console/audit/export.csv', { system: 200, unit: 403, auditor: 200 }],
  ['/console/audit/export.xlsx', { system: 200, unit: 403, auditor: 200 }],
  ['/console/appeals', { system: 200, unit: 403, auditor: 200 }],
  ['/console/documents', { system: 200, unit: 403, auditor: 200 }],
  ['/console/knowledge', { system: 200, unit: 403, auditor: 200 }],
  ['/console/knowledge?q=168&page=3', { system: 200, unit: 403, auditor: 200 }],
  ['/console/knowledge/progress.json', { system: 200, unit: 403, auditor: 200 }],
];
const POSTS: [string, Record<string, string>, Record<Role, number>][] = [
  ['/console/feedback/{fb}/review', {}, { system: 303, unit: 403, auditor: 403 }],
  ['/console/feedback/{fb}/worklist', { note: 'Cần rà soát lại điều khoản' }, { system: 303, unit: 403, auditor: 403 }],
  ['/console/feedback/{fb}/curated', { articles: 'Điều 7 Nghị định 168/2024/NĐ-CP', text: 'Mức phạt theo điểm a khoản 7 Điều 7.' }, { system: 303, unit: 403, auditor: 403 }],
  ['/console/worklist/resolve', { articleId: '' }, { system: 303, unit: 403, auditor: 403 }],
  ['/console/accounts', { id: 'moi.canbo@taichinh.gov.vn', name: 'Cán bộ Mới', unit: UNIT_B, role: 'user' }, { system: 303, unit: 403, auditor: 403 }],
  ['/console/accounts/{userB}/lock', {}, { system: 303, unit: 403, auditor: 403 }],
  ['/console/accounts/{userB}/restore', {}, { system: 303, unit: 403, auditor: 403 }],
  ['/console/accounts/{leaver}/revoke', {}, { system: 303, unit: 403, auditor: 403 }],
  ['/console/accounts/{spare}/token', {}, { system: 200, unit: 403, auditor: 403 }],
  ['/console/accounts/{spare}/token/revoke', {}, { system: 303, unit: 403, auditor: 403 }],
  ['/console/audit/verify', {}, { system: 200, unit: 403, auditor: 200 }],
  ['/console/documents', { soHieu: '100/2019/NĐ-CP', status: 'replaced', by: '168/2024/NĐ-CP' }, { system: 303, unit: 403, auditor: 403 }],
  ['/console/appeals/x/decision', { decision: 'accepted' }, { system: 404, unit: 403, auditor: 404 }],
  ['/console/knowledge/reindex', {}, { system: 303, unit: 403, auditor: 403 }],
  ['/console/knowledge/sources/x/remove', {}, { system: 404, unit: 403, auditor: 403 }],
];

describe('console: every route checks the role on the server', () => {
  let svc: TestService;
  const clients = {} as Record<Role, ConsoleClient>;
  const ids: Record<string, string> = {};
  let userB: ChatIdentity;

  beforeAll(async () => {
    svc = await startService({});
    const unitAdmin = svc.identity('personal', { name: 'Quản Trị Xã' });
    const auditor = svc.identity('personal', { name: 'Thanh Tra Viên' });
    userB = svc.identity('personal', { name: 'Cán Bộ Tài Chính' });
    // A token is re-issued to someone who is not signed in here: re-issuing ends the sessions of the old token.
    const spare = svc.identity('personal', { name: 'Giám Sát Dự Phòng' });
    await provision(svc, spare, 'Thanh tra tỉnh', 'auditor');
    await provision(svc, unitAdmin, UNIT_A, 'unit_admin');
    await provision(svc, auditor, 'Thanh tra tỉnh', 'auditor');
    await provision(svc, userB, UNIT_B);
    const leaver = svc.identity('personal', { name: 'Cán Bộ Nghỉ Việc' });
    await provision(svc, leaver, UNIT_B);
    ids.leaver = leaver.user.aadObjectId;
    const replies = await svc.say(userB, LEGAL_QUESTIONS[0]);
    await svc.feedback(userB, replies[0].id, 'dislike', 'Chưa đúng mức phạt');
    for await (const f of svc.runtime.store.feedback.list({})) ids.fb = f.id;
    Object.assign(ids, { userB: userB.user.aadObjectId, spare: spare.user.aadObjectId });
    const token = async (who: ChatIdentity) => (await adminCall(svc, 'POST', '/admin/tokens', { userId: who.user.aadObjectId })).json.token as string;
    clients.system = await signInOverHttp(svc, SYSTEM_TOKEN);
    clients.unit = await signInOverHttp(svc, await token(unitAdmin));
    clients.auditor = await signInOverHttp(svc, await token(auditor));
  }, 60_000);
  afterAll(async () => svc?.stop());

  const fill = (path: string) => path.replace(/\{(\w+)\}/g, (_m, k: string) => encodeURIComponent(ids[k]));

  it.each(GETS)('GET %s', async (path, expected) => {
    for (const role of ['unit', 'auditor', 'system'] as Role[]) {
      const r = await clients[role].get(fill(path));
      expect([role, r.status]).toEqual([role, expected[role]]);
    }
  });

  it.each(POSTS)('POST %s', async (path, form, expected) => {
    // Refused roles first: a refusal must change nothing the system administrator's call then relies on.
    for (const role of ['unit', 'auditor', 'system'] as Role[]) {
      const r = await clients[role].post(fill(path), form);
      expect([role, r.status]).toEqual([role, expected[role]]);
    }
  });

  it('accounts import: an auditor is refused, a unit administrator\'s rows of another unit are rejected by line, the system administrator\'s are created', async () => {
    const csv = `id,name,unit,role\nnhap.moi@taichinh.gov.vn,Cán bộ Nhập Mới,${UNIT_B},user`;
    expect((await clients.auditor.post('/console/accounts/import', { csv })).status).toBe(403);
    const byUnit = await clients.unit.post('/console/accounts/import', { csv });
    expect(byUnit.text).toMatch(/từ chối|không/i);
    expect(await svc.runtime.store.users.get('nhap.moi@taichinh.gov.vn')).toBeUndefined();
    expect((await clients.system.post('/console/accounts/import', { csv })).status).toBe(200);
    expect((await svc.runtime.store.users.get('nhap.moi@taichinh.gov.vn'))?.unit).toBe(UNIT_B);
  });

  it('the feedback detail shows the verdict the person gave each citation (the Teams follow-up card)', async () => {
    const fb = (await svc.runtime.store.feedback.get!(ids.fb))!;
    const cited = (await svc.runtime.store.answers.get(fb.answerId))!.citations;
    await svc.runtime.store.feedback.setCitationVerdicts!(ids.fb, [{ position: 1, articleId: cited[0].articleId, label: cited[0].label, verdict: 'outdated' }]);
    const page = await clients.auditor.get(fill('/console/feedback/{fb}'));
    expect(page.status).toBe(200);
    expect(page.text).toContain('Đã cũ, hết hiệu lực');
  });

  it('the curated answer recorded above answers the same question typed without diacritics in chat', async () => {
    const folded = LEGAL_QUESTIONS[0].normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').toLowerCase().replace('?', '');
    const replies = await svc.say(userB, folded);
    expect(replies).toHaveLength(1);
    const text = String(replies[0].activity.text);
    expect(text).toContain('Mức phạt theo điểm a khoản 7 Điều 7.');
    expect(text).toContain('[1] Điều 7 Nghị định 168/2024/NĐ-CP');
    expect(text).toMatch(/Câu trả lời chuẩn do Quản trị hệ thống \(mã quản trị chung\) ghi ngày \d{2}\/\d{2}\/\d{4}/);
    expect((await svc.runtime.store.answers.get(replies[0].id))?.answerer).toBe('curated');
  });

  it('the usage report opens on the month sheet (distinct people per month) and lists the accounts that never used it', async () => {
    const res = await fetch(`${svc.baseUrl}/console/usage/report.xlsx?unit=${b}`, { headers: { cookie: clients.auditor.cookie } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    // 'Ghi chú' is the mark every export carries (AI or system-made, who checked it).
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Thống kê', 'Ghi chú', 'Theo tháng', 'Chưa sử dụng']);
    const month = wb.getWorksheet('Theo tháng')!;
    const header = (month.getRow(1).values as unknown[]).map(String);
    expect(month.getRow(2).getCell(header.indexOf('Đơn vị')).value).toBe(UNIT_B);
    expect(month.getRow(2).getCell(header.indexOf('Câu hỏi')).value).toBeGreaterThanOrEqual(1);
    expect(month.getRow(2).getCell(1).value).toBeInstanceOf(Date);
    expect(month.autoFilter).toBeTruthy();
  });

  it('without a session, pages send the browser to the sign-in and forms do nothing', async () => {
    const page = await fetch(`${svc.baseUrl}/console/accounts`, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/console/login?next=%2Fconsole%2Faccounts');
    const form = await fetch(`${svc.baseUrl}/console/accounts/${ids.userB}/revoke`, { method: 'POST', redirect: 'manual' });
    expect(form.status).toBe(303);
    expect((await svc.runtime.store.users.get(ids.userB))?.status).toBe('active');
  });

  it('refused actions are audited with the console as the channel', async () => {
    const refused = [];
    for await (const e of svc.runtime.store.audit.list({ type: 'admin' })) if (e.outcome === 'forbidden' && e.details?.via === 'console') refused.push(e.action);
    expect(refused).toEqual(expect.arrayContaining(['console.open', 'feedback.review', 'user.lock', 'token.issue', 'feedback.read']));
  });
});
