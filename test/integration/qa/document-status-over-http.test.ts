import path from 'node:path';
import { startTestService, type TestService } from '../../helpers/test-runtime';

const TOKEN = 'system-admin-token-0123456789';
const KNOWLEDGE = path.resolve(__dirname, '../../fixtures/knowledge-status');

describe('declaring a document’s force over the admin API', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService({ ADMIN_API_TOKEN: TOKEN, KNOWLEDGE_PATHS: KNOWLEDGE });
  }, 60_000);
  afterAll(() => svc.stop());

  const post = (body: unknown, token = TOKEN) =>
    fetch(`${svc.baseUrl}/admin/documents/status`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const ask = async (q: string) => (await svc.say(svc.identity(), q)).map((r) => r.activity.text ?? '').join('\n');

  it('answers from a document, then warns once it is declared amended, and stops quoting it once declared replaced', async () => {
    const question = 'Ngày hội đọc sách tại xã được tổ chức vào tháng mấy?';
    expect(await ask(question)).toContain('vào tháng Tư');

    let res = await post({ soHieu: '99/2020/NĐ-CP', status: 'amended', by: 'Nghị định số 12/2024/NĐ-CP', from: '2024-03-01' });
    expect(res.status).toBe(201);
    const amended = await ask(question);
    expect(amended).toContain('vào tháng Tư');
    expect(amended).toContain('đã được sửa đổi, bổ sung bởi Nghị định số 12/2024/NĐ-CP từ ngày 01/03/2024');

    res = await post({ soHieu: '99/2020/NĐ-CP', status: 'replaced', by: 'Nghị định số 30/2025/NĐ-CP', from: '2025-07-01' });
    expect(res.status).toBe(201);
    const replaced = await ask(question);
    expect(replaced).not.toContain('vào tháng Tư');
    expect(replaced).toContain('được thay thế bởi Nghị định số 30/2025/NĐ-CP từ ngày 01/07/2025');

    const list = await (await fetch(`${svc.baseUrl}/admin/documents/status`, { headers: { authorization: `Bearer ${TOKEN}` } })).json() as { documents: { soHieu: string; status: string; setBy?: string }[] };
    expect(list.documents.find((d) => d.soHieu === '99/2020/NĐ-CP')).toMatchObject({ status: 'replaced', setBy: 'admin-api' });
    // The shipped list is there too.
    expect(list.documents.some((d) => d.soHieu === '81/2006/QH11')).toBe(true);
  });

  it('refuses a declaration without its replacing document, an unknown status, or a caller without the role', async () => {
    expect((await post({ soHieu: '99/2020/NĐ-CP', status: 'replaced' })).status).toBe(400);
    expect((await post({ soHieu: '99/2020/NĐ-CP', status: 'gone' })).status).toBe(400);
    expect((await post({ soHieu: '99/2020/NĐ-CP', status: 'expired' }, 'wrong-token-0123456789')).status).toBe(401);
  });

  it('audits each declaration', async () => {
    const events: { action?: string; target?: string; outcome: string }[] = [];
    for await (const e of svc.runtime.store.audit.list()) events.push(e);
    expect(events.filter((e) => e.action === 'document_status').map((e) => `${e.target} ${e.outcome}`)).toEqual(['99/2020/NĐ-CP amended', '99/2020/NĐ-CP replaced']);
  });
});
