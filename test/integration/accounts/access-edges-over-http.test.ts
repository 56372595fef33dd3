import { vi } from '../../../src/accounts/messages';
import type { TestService } from '../../helpers/test-runtime';
import { LEGAL_QUESTIONS, adminCall, citationsOf, onlyText, provision, startService, storeEnv } from './service-harness';

const WARD = 'Phường A';

// Edges of the access rules that only the whole service shows: feedback invokes, what a refused tenant sees,
// people provisioned by e-mail, and how refusals are audited.
describe('access edges through the running service', () => {
  const store = storeEnv('edges');
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({ ...store.env, ALLOWED_TENANT_IDS: 'tenant-a', ACCESS_MODE: 'allowlist' });
  }, 60_000);
  afterAll(async () => {
    await svc?.stop();
    await store.dropDatabase();
  });

  const person = (name: string, tenant = 'tenant-a') => svc.identity('personal', { name }, tenant);

  it('refuses feedback from a revoked person and from another tenant (nothing stored, nothing counted)', async () => {
    const unit = 'Phường A - Tổ phản hồi';
    const staff = person('Tạ Văn Phản Hồi');
    const outsider = person('Người tenant khác', 'tenant-b');
    await provision(svc, staff, unit);
    await provision(svc, outsider, unit);
    const answer = (await svc.say(staff, LEGAL_QUESTIONS[0]))[0];
    expect(citationsOf(answer).length).toBeGreaterThan(0);
    expect((await adminCall(svc, 'POST', `/admin/users/${staff.user.aadObjectId}/revoke`)).status).toBe(200);

    await svc.feedback(staff, answer.id, 'dislike', 'Tôi đã bị thu hồi nhưng vẫn gửi được');
    await svc.feedback(outsider, answer.id, 'like');

    const stored = [];
    for await (const f of svc.runtime.store.feedback.list({})) if (f.answerId === answer.id) stored.push(f);
    expect(stored).toHaveLength(0);
    const usage = await adminCall(svc, 'GET', `/admin/usage?format=json&unit=${encodeURIComponent(unit)}`);
    expect(usage.json.totals).toMatchObject({ likes: 0, dislikes: 0 });
  });

  it('sends another tenant nothing at all, not even a typing indicator, and remembers nothing about it', async () => {
    const outsider = person('Người tenant lạ', 'tenant-b');
    const before = svc.connector.received.length;
    await svc.say(outsider, LEGAL_QUESTIONS[0]);
    expect(svc.connector.received.slice(before).filter((r) => r.conversationId === outsider.conversationId)).toHaveLength(0);
    const key = `convref/${outsider.user.aadObjectId}`;
    expect((await svc.runtime.store.state.read([key]))[key]).toBeUndefined();
  });

  it('serves a person provisioned by his official e-mail (UPN), as `/taikhoan trogiup` suggests', async () => {
    const who = person('Nguyễn Văn Email');
    // Teams puts no UPN on activities: the bot asks the connector for the member (GET …/members/{id}).
    svc.connector.setMember(who.user.id, { userPrincipalName: 'NguyenVanEmail@phuonga.gov.vn' });
    const created = await adminCall(svc, 'POST', '/admin/users', { id: 'nguyenvanemail@phuonga.gov.vn', name: 'Nguyễn Văn Email', unit: WARD, role: 'user' });
    expect(created.status).toBe(201);
    const replies = await svc.say(who, LEGAL_QUESTIONS[0]);
    expect(onlyText(replies)).not.toBe(vi.access.notProvisioned);
    expect(citationsOf(replies[0]).length).toBeGreaterThan(0);
  });

  it('audits a revoked person\'s refused attempt under his unit', async () => {
    const unit = 'Phường A - Tổ kiểm tra';
    const leaver = person('Kiều Đã Chuyển Công Tác');
    await provision(svc, leaver, unit);
    expect((await adminCall(svc, 'POST', `/admin/users/${leaver.user.aadObjectId}/revoke`)).status).toBe(200);
    expect(onlyText(await svc.say(leaver, LEGAL_QUESTIONS[0]))).toBe(vi.access.revoked);
    const refused = [];
    for await (const e of svc.runtime.store.audit.list()) if (e.type === 'turn' && e.actor === leaver.user.aadObjectId) refused.push(e);
    expect(refused).toEqual([expect.objectContaining({ outcome: 'denied', unit })]);
  });
});
