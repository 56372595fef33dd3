import { vi } from '../../../src/accounts/messages';
import type { AuditEvent } from '../../../src/store/types';
import type { TestService } from '../../helpers/test-runtime';
import { LEGAL_QUESTIONS, SYSTEM_TOKEN, adminCall, citationsOf, messagesIn, onlyText, provision, sayIn, startService, storeEnv } from './service-harness';

const WARD = 'Phường A';
const COMMUNE = 'Xã B';

async function auditEvents(svc: TestService): Promise<AuditEvent[]> {
  const out: AuditEvent[] = [];
  for await (const e of svc.runtime.store.audit.list()) out.push(e);
  return out;
}

// The whole service (real /api/messages in Teams' wire protocol + the real admin API), on MongoDB when MONGODB_URI is set.
describe('accounts through the running service', () => {
  const store = storeEnv('accounts');
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({ ...store.env, ALLOWED_TENANT_IDS: 'tenant-a', ACCESS_MODE: 'allowlist' });
  }, 60_000);
  afterAll(async () => {
    await svc?.stop();
    await store.dropDatabase();
  });

  const person = (name: string, tenant = 'tenant-a') => svc.identity('personal', { name }, tenant);

  it('answers nothing at all to another tenant, even a provisioned person, and answers the allowed tenant', async () => {
    const outsider = person('Người ngoài', 'tenant-b');
    const insider = person('Người trong', 'tenant-a');
    await provision(svc, outsider, WARD);
    await provision(svc, insider, WARD);

    const before = svc.connector.received.length;
    expect(await svc.say(outsider, LEGAL_QUESTIONS[0])).toHaveLength(0);
    expect(messagesIn(svc, outsider.conversationId, before)).toHaveLength(0);
    const denied = (await auditEvents(svc)).filter((e) => e.actor === outsider.user.aadObjectId && e.type === 'turn');
    expect(denied).toEqual([expect.objectContaining({ outcome: 'denied', details: { reason: 'tenant' } })]);

    const replies = await svc.say(insider, LEGAL_QUESTIONS[0]);
    expect(replies).toHaveLength(1);
    expect(citationsOf(replies[0]).length).toBeGreaterThan(0);
  });

  it('gives an unprovisioned person the short access message, and answers him once provisioned through the API', async () => {
    const who = person('Trần Văn Mới');
    expect(onlyText(await svc.say(who, LEGAL_QUESTIONS[0]))).toBe(vi.access.notProvisioned);

    const created = await adminCall(svc, 'POST', '/admin/users', { id: who.user.aadObjectId, name: 'Trần Văn Mới', unit: WARD, role: 'user' });
    expect(created.status).toBe(201);

    const replies = await svc.say(who, LEGAL_QUESTIONS[0]);
    expect(replies).toHaveLength(1);
    expect(String(replies[0].activity.text)).toMatch(/4\.000\.000/);
    expect(citationsOf(replies[0]).length).toBeGreaterThan(0);
  });

  it('lets a unit administrator revoke a person of his unit in a 1:1 chat, but not a person of another unit', async () => {
    const unitAdmin = person('Lê Quản Trị');
    const ownStaff = person('Phạm Cán Bộ');
    const otherStaff = person('Đỗ Xã Viên');
    await provision(svc, unitAdmin, WARD, 'unit_admin');
    await provision(svc, ownStaff, WARD);
    await provision(svc, otherStaff, COMMUNE);

    const revoked = onlyText(await svc.say(unitAdmin, `/taikhoan thuhoi ${ownStaff.user.aadObjectId}`));
    expect(revoked).toContain('Đã thu hồi tài khoản');
    expect(onlyText(await svc.say(ownStaff, LEGAL_QUESTIONS[1]))).toBe(vi.access.revoked);

    // He can also provision a newcomer of his unit in chat, who is then served.
    const newcomer = person('Quách Mới Về');
    const added = onlyText(await svc.say(unitAdmin, `/taikhoan them ${newcomer.user.aadObjectId}; Quách Mới Về; ${WARD}`));
    expect(added).toContain('Đã cấp tài khoản');
    expect(citationsOf((await svc.say(newcomer, LEGAL_QUESTIONS[0]))[0]).length).toBeGreaterThan(0);

    const refused = onlyText(await svc.say(unitAdmin, `/taikhoan thuhoi ${otherStaff.user.aadObjectId}`));
    expect(refused).toContain(WARD);
    expect(refused).not.toContain('Đã thu hồi');
    const attempts = (await auditEvents(svc)).filter((e) => e.type === 'admin' && e.action === 'user.revoke' && e.actor === unitAdmin.user.aadObjectId);
    expect(attempts.map((e) => [e.target, e.outcome])).toEqual([[ownStaff.user.aadObjectId, 'ok'], [otherStaff.user.aadObjectId, 'forbidden']]);
    const listed = await adminCall(svc, 'GET', `/admin/users?unit=${encodeURIComponent(COMMUNE)}`);
    expect(listed.json.users).toEqual([expect.objectContaining({ id: otherStaff.user.aadObjectId, status: 'active' })]);
    const stillServed = await svc.say(otherStaff, LEGAL_QUESTIONS[1]);
    expect(stillServed).toHaveLength(1);
    expect(citationsOf(stillServed[0]).length).toBeGreaterThan(0);
  });

  it('lets an auditor with a per-person token read the accounts but not revoke one', async () => {
    const auditor = person('Vũ Giám Sát');
    const target = person('Hoàng Bình Thường');
    await provision(svc, auditor, 'Thanh tra tỉnh', 'auditor');
    await provision(svc, target, WARD);

    const issued = await adminCall(svc, 'POST', '/admin/tokens', { userId: auditor.user.aadObjectId });
    expect(issued.status).toBe(201);
    const token = issued.json.token as string;
    expect(token).not.toBe(SYSTEM_TOKEN);

    const list = await adminCall(svc, 'GET', '/admin/users', undefined, token);
    expect(list.status).toBe(200);
    expect(list.json.users.map((u: { id: string }) => u.id)).toContain(target.user.aadObjectId);

    const revoke = await adminCall(svc, 'POST', `/admin/users/${target.user.aadObjectId}/revoke`, undefined, token);
    expect(revoke.status).toBe(403);
    const after = await adminCall(svc, 'GET', `/admin/users?unit=${encodeURIComponent(WARD)}`, undefined, token);
    expect(after.json.users.find((u: { id: string }) => u.id === target.user.aadObjectId)?.status).toBe('active');
  });

  it('locks an account reported compromised at once, notifies the unit administrator proactively and audits it', async () => {
    const unitAdmin = person('Ngô Trưởng Phòng');
    const victim = person('Bùi Bị Hack');
    // A separate unit so the administrators of other tests are not notified too.
    const unit = 'Phường A - Tổ an ninh mạng';
    await provision(svc, unitAdmin, unit, 'unit_admin');
    await provision(svc, victim, unit);
    // The notifier can reach only people who have talked with the bot 1:1 before.
    expect(await svc.say(unitAdmin, '/help')).toHaveLength(1);

    const before = svc.connector.received.length;
    const reply = onlyText(await sayIn(svc, victim, 'Tài khoản của tôi bị xâm nhập'));
    expect(reply).toBe(vi.compromise.reply);

    const notices = messagesIn(svc, unitAdmin.conversationId, before);
    expect(notices).toHaveLength(1);
    expect(String(notices[0].activity.text)).toContain(victim.user.aadObjectId);
    expect(String(notices[0].activity.text)).toContain('xâm nhập');

    const next = await svc.say(victim, LEGAL_QUESTIONS[0]);
    expect(onlyText(next)).toBe(vi.access.locked);
    expect(citationsOf(next[0])).toHaveLength(0);

    const security = (await auditEvents(svc)).filter((e) => e.type === 'security' && e.target === victim.user.aadObjectId);
    expect(security).toEqual([expect.objectContaining({ action: 'account.compromise_reported', outcome: 'locked', unit, details: expect.objectContaining({ notified: 1 }) })]);

    // The notice tells the administrator how to unlock; doing so in chat serves the person again.
    expect(onlyText(await svc.say(unitAdmin, `/taikhoan khoiphuc ${victim.user.aadObjectId}`))).toContain('Đã khôi phục');
    const served = await svc.say(victim, LEGAL_QUESTIONS[2]);
    expect(served).toHaveLength(1);
    expect(citationsOf(served[0]).length).toBeGreaterThan(0);
  });

  it('tells the person to report directly when no administrator can be reached, and still locks the account', async () => {
    const unit = 'Xã B - Bộ phận một cửa';
    const silentAdmin = person('Admin Chưa Từng Nhắn');
    const victim = person('Lò Văn Lộ Mật Khẩu');
    await provision(svc, silentAdmin, unit, 'unit_admin');
    await provision(svc, victim, unit);
    expect(onlyText(await sayIn(svc, victim, '/baocao xamnhap'))).toBe(vi.compromise.replyNobodyNotified);
    expect(onlyText(await svc.say(victim, '/help'))).toBe(vi.access.locked);
  });
});
