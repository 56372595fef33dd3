import { randomUUID } from 'node:crypto';
import { vi } from '../../../src/accounts/messages';
import type { ChatIdentity } from '../../../src/cli/chat/activity-factory';
import type { TestService } from '../../helpers/test-runtime';
import { LEGAL_QUESTIONS, adminCall, citationsOf, onlyText, startService, storeEnv } from '../accounts/service-harness';

// What a probe of the accounts found (Bắc Ninh 1(c), annex items 7–8; Phước Bình Điều 14–16), closed and tested end to end.
describe('accounts: the holes a probe found', () => {
  const store = storeEnv('holes');
  let svc: TestService;
  let unitAdminToken: string;
  const PROVINCE = 'Sở Khoa học và Công nghệ';
  const WARD = 'Phường Đông Ngàn';

  // A person in Teams with a UPN the bot learns from the member lookup (allowlist deployments).
  const person = (name: string, upn: string): ChatIdentity => {
    const who = svc.identity('personal', { name }, 'tenant-a');
    svc.connector.setMember(who.user.id, { userPrincipalName: upn });
    return who;
  };

  beforeAll(async () => {
    svc = await startService({ ...store.env, ALLOWED_TENANT_IDS: 'tenant-a', ACCESS_MODE: 'allowlist' });
    const wardAdmin = randomUUID();
    expect((await adminCall(svc, 'POST', '/admin/users', { id: wardAdmin, name: 'Quản trị phường', unit: WARD, role: 'unit_admin' })).status).toBe(201);
    unitAdminToken = (await adminCall(svc, 'POST', '/admin/tokens', { userId: wardAdmin })).json.token as string;
  }, 60_000);
  afterAll(async () => {
    await svc?.stop();
    await store.dropDatabase();
  });

  it('a unit administrator can neither take a system administrator into their unit by object id nor lock them', async () => {
    const chief = person('Trưởng phòng Chuyển đổi số', 'chief.cds@bacninh.gov.vn');
    expect((await adminCall(svc, 'POST', '/admin/users', { id: 'chief.cds@bacninh.gov.vn', name: 'Trưởng phòng Chuyển đổi số', unit: PROVINCE, role: 'system_admin' })).status).toBe(201);
    // The first turn links the object id Teams sends to the account provisioned by UPN.
    expect(citationsOf((await svc.say(chief, LEGAL_QUESTIONS[0]))[0]).length).toBeGreaterThan(0);

    const objectId = chief.user.aadObjectId!;
    const grab = await adminCall(svc, 'POST', '/admin/users', { id: objectId, name: 'Người lạ', unit: WARD, role: 'user' }, unitAdminToken);
    expect(grab.status).toBe(403);
    expect(grab.json.error.message).toContain('own unit');
    for (const verb of ['lock', 'revoke']) {
      for (const id of [objectId, 'chief.cds@bacninh.gov.vn']) expect((await adminCall(svc, 'POST', `/admin/users/${id}/${verb}`, undefined, unitAdminToken)).status).toBe(403);
    }
    expect(citationsOf((await svc.say(chief, LEGAL_QUESTIONS[1]))[0]).length).toBeGreaterThan(0);
    const users = (await adminCall(svc, 'GET', '/admin/users')).json.users as { id: string; unit: string; aadObjectId?: string }[];
    expect(users.filter((u) => u.id === objectId || u.aadObjectId === objectId)).toEqual([expect.objectContaining({ id: 'chief.cds@bacninh.gov.vn', unit: PROVINCE })]);
  });

  it('a unit administrator cannot lock a higher role even in their own unit', async () => {
    const id = randomUUID();
    expect((await adminCall(svc, 'POST', '/admin/users', { id, name: 'Giám sát viên', unit: WARD, role: 'auditor' })).status).toBe(201);
    const r = await adminCall(svc, 'POST', `/admin/users/${id}/lock`, undefined, unitAdminToken);
    expect(r.status).toBe(403);
    expect(r.json.error.message).toContain('auditor');
  });

  it('refuses an object id and a UPN that belong to two different accounts', async () => {
    const a = randomUUID();
    expect((await adminCall(svc, 'POST', '/admin/users', { id: a, name: 'Cán bộ A', unit: WARD })).status).toBe(201);
    expect((await adminCall(svc, 'POST', '/admin/users', { id: 'canbo.b@bacninh.gov.vn', name: 'Cán bộ B', unit: WARD })).status).toBe(201);
    const r = await adminCall(svc, 'POST', '/admin/users', { id: a, upn: 'canbo.b@bacninh.gov.vn', name: 'Cán bộ A', unit: WARD });
    expect(r.status).toBe(403);
    expect(r.json.error.message).toContain('two different accounts');
  });

  it('revoking someone never provisioned creates a revoked record, so a leaver who never enrolled stays out', async () => {
    const leaver = person('Người đã nghỉ việc', 'nghiviec@bacninh.gov.vn');
    const r = await adminCall(svc, 'POST', `/admin/users/${leaver.user.aadObjectId}/revoke`, undefined, unitAdminToken);
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ change: 'revoked', created: true, user: { status: 'revoked', unit: WARD } });
    // Provisioned later by e-mail in error, the person is still refused: the revocation holds for the whole person.
    expect((await adminCall(svc, 'POST', '/admin/users', { id: 'nghiviec@bacninh.gov.vn', name: 'Người đã nghỉ việc', unit: WARD }, unitAdminToken)).status).toBe(201);
    expect(onlyText(await svc.say(leaver, LEGAL_QUESTIONS[0]))).toBe(vi.access.revoked);
    // A malformed id is not turned into a record.
    expect((await adminCall(svc, 'POST', '/admin/users/khong-phai-ma/revoke')).status).toBe(404);
  });

  it('says so in chat when a unit administrator revokes someone never provisioned', async () => {
    const admin = person('Quản trị chat', 'qt.chat@bacninh.gov.vn');
    expect((await adminCall(svc, 'POST', '/admin/users', { id: admin.user.aadObjectId, name: 'Quản trị chat', unit: WARD, role: 'unit_admin' })).status).toBe(201);
    const text = onlyText(await svc.say(admin, '/taikhoan thuhoi chua.cap@bacninh.gov.vn'));
    expect(text).toContain('chưa từng được cấp tài khoản');
    const users = (await adminCall(svc, 'GET', `/admin/users?unit=${encodeURIComponent(WARD)}`)).json.users as { id: string; status: string }[];
    expect(users.find((u) => u.id === 'chua.cap@bacninh.gov.vn')).toMatchObject({ status: 'revoked' });
  });

  it('keeps the feedback of a person provisioned by UPN in allowlist mode', async () => {
    const who = person('Cán bộ theo email', 'feedback.upn@bacninh.gov.vn');
    expect((await adminCall(svc, 'POST', '/admin/users', { id: 'feedback.upn@bacninh.gov.vn', name: 'Cán bộ theo email', unit: WARD })).status).toBe(201);
    const answer = (await svc.say(who, LEGAL_QUESTIONS[2]))[0];
    expect(citationsOf(answer).length).toBeGreaterThan(0);
    expect((await svc.feedback(who, answer.id, 'like')).status).toBe(200);
    const stored = [];
    for await (const f of svc.runtime.store.feedback.list({})) if (f.answerId === answer.id) stored.push(f);
    expect(stored).toEqual([expect.objectContaining({ reaction: 'like', unit: WARD })]);
  });
});
