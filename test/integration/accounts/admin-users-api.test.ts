import type { Store } from '../../../src/store/types';
import { ADMIN_TOKEN, startAdminApp, storeBackends } from './admin-app';

type App = Awaited<ReturnType<typeof startAdminApp>>;

let store: Store;
let cleanup: () => Promise<void>;
let app: App;

describe.each(storeBackends())('on the $name store', (backend) => {
  beforeEach(async () => {
    ({ store, cleanup } = await backend.open());
    app = await startAdminApp(store);
  });

  afterEach(async () => {
    await app.close();
    await cleanup();
  });

  const user = (id: string, unit: string, role = 'user', name = 'Nguyễn Văn A') => ({ id, name, unit, role });

  /** Provisions an administrator with the deployment token and returns their personal API token. */
  async function tokenFor(id: string, unit: string, role: string): Promise<string> {
    expect((await app.call('POST', '/admin/users', ADMIN_TOKEN, user(id, unit, role))).status).toBe(201);
    const issued = await app.call('POST', '/admin/tokens', ADMIN_TOKEN, { userId: id });
    expect(issued.status).toBe(201);
    return issued.json.token as string;
  }

  describe('admin users API: authentication', () => {
    it('refuses the whole admin API when ADMIN_API_TOKEN is not configured', async () => {
      const off = await startAdminApp(store, { adminToken: undefined });
      try {
        expect((await off.call('GET', '/admin/users', 'anything')).status).toBe(503);
        expect((await off.call('GET', '/admin/usage', 'anything')).status).toBe(503);
      } finally {
        await off.close();
      }
    });

    it('answers 401 without a token or with a wrong one', async () => {
      const none = await app.call('GET', '/admin/users', undefined);
      expect(none.status).toBe(401);
      expect(none.res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect((await app.call('GET', '/admin/users', 'wrong-token-0123456789')).status).toBe(401);
      expect((await app.call('POST', '/admin/users/x@y.vn/revoke', 'wrong')).status).toBe(401);
    });

    it('stops honouring a personal token as soon as its holder is revoked or demoted', async () => {
      const token = await tokenFor('qt@bn.gov.vn', 'Sở Nội vụ', 'unit_admin');
      expect((await app.call('GET', '/admin/users', token)).status).toBe(200);
      await app.call('POST', '/admin/users', ADMIN_TOKEN, user('qt@bn.gov.vn', 'Sở Nội vụ', 'user'));
      expect((await app.call('GET', '/admin/users', token)).status).toBe(403);
      await app.call('POST', '/admin/users', ADMIN_TOKEN, user('qt@bn.gov.vn', 'Sở Nội vụ', 'unit_admin'));
      await app.call('POST', '/admin/users/qt@bn.gov.vn/revoke', ADMIN_TOKEN);
      expect((await app.call('GET', '/admin/users', token)).status).toBe(401);
    });

    it('issues personal tokens only to active administrators, and can withdraw them', async () => {
      await app.call('POST', '/admin/users', ADMIN_TOKEN, user('cb@bn.gov.vn', 'Sở Nội vụ'));
      expect((await app.call('POST', '/admin/tokens', ADMIN_TOKEN, { userId: 'cb@bn.gov.vn' })).status).toBe(400);
      expect((await app.call('POST', '/admin/tokens', ADMIN_TOKEN, { userId: 'nobody@bn.gov.vn' })).status).toBe(404);
      const token = await tokenFor('kt@bn.gov.vn', 'Thanh tra tỉnh', 'auditor');
      const raw = JSON.stringify(await store.state.read(['accounts/api-token-user/kt@bn.gov.vn']));
      expect(raw).not.toContain(token);
      expect((await app.call('DELETE', '/admin/tokens/kt@bn.gov.vn', ADMIN_TOKEN)).json).toEqual({ userId: 'kt@bn.gov.vn', revoked: true });
      expect((await app.call('GET', '/admin/users', token)).status).toBe(401);
    });
  });

  describe('admin users API: provisioning and role rules', () => {
    it('creates, updates and lists users; validates bodies with a clear 400', async () => {
      const created = await app.call('POST', '/admin/users', ADMIN_TOKEN, user('AAAAAAAA-bbbb-cccc-dddd-eeeeeeeeeeee', 'Sở Nội vụ', 'quantridonvi'));
      expect(created.status).toBe(201);
      expect(created.json.user).toMatchObject({ id: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', role: 'unit_admin', status: 'active' });
      expect((await app.call('POST', '/admin/users', ADMIN_TOKEN, user('aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', 'Sở Nội vụ', 'user'))).json.change).toBe('updated');
      const bad = await app.call('POST', '/admin/users', ADMIN_TOKEN, { id: 'x', unit: '', role: 'boss', extra: 1 });
      expect(bad.status).toBe(400);
      expect(bad.json.error.code).toBe('BAD_REQUEST');
      expect(bad.json.error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['id', 'name', 'unit', 'role']));
      expect((await app.call('GET', '/admin/users?unit=Sở Nội vụ', ADMIN_TOKEN)).json.count).toBe(1);
    });

    it('keeps a unit administrator inside their unit: cannot see, revoke or create users elsewhere, nor system admins', async () => {
      await app.call('POST', '/admin/users', ADMIN_TOKEN, user('tc@bn.gov.vn', 'Sở Tài chính'));
      await app.call('POST', '/admin/users', ADMIN_TOKEN, user('nv@bn.gov.vn', 'Sở Nội vụ'));
      const token = await tokenFor('qt@bn.gov.vn', 'Sở Nội vụ', 'unit_admin');

      const own = await app.call('GET', '/admin/users', token);
      expect(own.json.users.map((u: { id: string }) => u.id).sort()).toEqual(['nv@bn.gov.vn', 'qt@bn.gov.vn']);
      expect((await app.call('GET', `/admin/users?unit=${encodeURIComponent('Sở Tài chính')}`, token)).status).toBe(403);
      const revoke = await app.call('POST', '/admin/users/tc@bn.gov.vn/revoke', token);
      expect(revoke.status).toBe(403);
      expect((await store.users.get('tc@bn.gov.vn'))?.status).toBe('active');
      expect((await app.call('POST', '/admin/users', token, user('new@bn.gov.vn', 'Sở Tài chính'))).status).toBe(403);
      expect((await app.call('POST', '/admin/users', token, user('boss@bn.gov.vn', 'Sở Nội vụ', 'system_admin'))).status).toBe(403);
      expect((await app.call('POST', '/admin/tokens', token, { userId: 'nv@bn.gov.vn' })).status).toBe(403);
      expect(await store.users.get('boss@bn.gov.vn')).toBeUndefined();

      expect((await app.call('POST', '/admin/users/nv@bn.gov.vn/revoke', token)).json.user.status).toBe('revoked');
      expect((await app.call('POST', '/admin/users/nv@bn.gov.vn/restore', token)).json.user.status).toBe('active');
      // Someone never provisioned: lock and restore find nobody; a revocation creates a revoked record in the admin's unit.
      expect((await app.call('POST', '/admin/users/nobody@bn.gov.vn/lock', token)).status).toBe(404);
      const revokedNobody = await app.call('POST', '/admin/users/nobody@bn.gov.vn/revoke', token);
      expect(revokedNobody.status).toBe(201);
      expect(revokedNobody.json.user).toMatchObject({ status: 'revoked', unit: 'Sở Nội vụ' });
    });

    it('lets an auditor read users and usage but change nothing', async () => {
      await app.call('POST', '/admin/users', ADMIN_TOKEN, user('tc@bn.gov.vn', 'Sở Tài chính'));
      const token = await tokenFor('kt@bn.gov.vn', 'Thanh tra tỉnh', 'auditor');
      expect((await app.call('GET', '/admin/users', token)).json.count).toBe(2);
      expect((await app.call('GET', '/admin/usage', token)).status).toBe(200);
      expect((await app.call('POST', '/admin/users', token, user('x@bn.gov.vn', 'Thanh tra tỉnh'))).status).toBe(403);
      expect((await app.call('POST', '/admin/users/tc@bn.gov.vn/revoke', token)).status).toBe(403);
      expect((await app.call('POST', '/admin/users/tc@bn.gov.vn/lock', token)).status).toBe(403);
      expect((await app.call('POST', '/admin/users/import', token, 'id,name,unit,role\nx@bn.gov.vn,X,Sở Y tế,user\n')).status).toBe(403);
      expect((await app.call('POST', '/admin/tokens', token, { userId: 'kt@bn.gov.vn' })).status).toBe(403);
      expect((await store.users.list()).map((u) => u.id).sort()).toEqual(['kt@bn.gov.vn', 'tc@bn.gov.vn']);
      expect((await store.users.get('tc@bn.gov.vn'))?.status).toBe('active');
    });

    it('imports CSV, reporting bad rows by line number and importing the rest', async () => {
      const csv = 'id,name,unit,role\na@bn.gov.vn,Nguyễn A,Sở Y tế,user\nkhông-hợp-lệ,B,Sở Y tế,user\nc@bn.gov.vn,Trần C,Sở Y tế,quản trị đơn vị\nd@bn.gov.vn,,Sở Y tế,user\n';
      const r = await app.call('POST', '/admin/users/import', ADMIN_TOKEN, csv);
      expect(r.status).toBe(200);
      expect(r.json).toMatchObject({ kind: 'imported', added: 2, updated: 0, rejected: 2 });
      expect(r.json.errors.map((e: { line: number }) => e.line)).toEqual([3, 5]);
      expect((await store.users.get('c@bn.gov.vn'))?.role).toBe('unit_admin');
      expect((await app.call('POST', '/admin/users/import', ADMIN_TOKEN, 'ma,ten\n1,2\n')).status).toBe(400);
      const json = await app.call('POST', '/admin/users/import', ADMIN_TOKEN, { csv: 'x' });
      expect(json.status).toBe(415);
    });

    it('rejects CSV rows of another unit for a unit administrator, importing the rest', async () => {
      const token = await tokenFor('qt@bn.gov.vn', 'Sở Y tế', 'unit_admin');
      const r = await app.call('POST', '/admin/users/import', token, 'id,name,unit,role\na@bn.gov.vn,A,Sở Y tế,user\nb@bn.gov.vn,B,Sở Tài chính,user\nc@bn.gov.vn,C,Sở Y tế,system_admin\n');
      expect(r.json).toMatchObject({ added: 1, rejected: 2 });
      expect(r.json.errors.map((e: { line: number }) => e.line)).toEqual([3, 4]);
    });

    it('audits every administrative action: who, what, target, unit, outcome', async () => {
      const token = await tokenFor('qt@bn.gov.vn', 'Sở Nội vụ', 'unit_admin');
      await app.call('POST', '/admin/users', ADMIN_TOKEN, user('tc@bn.gov.vn', 'Sở Tài chính'));
      await app.call('POST', '/admin/users/tc@bn.gov.vn/revoke', token);
      await app.call('POST', '/admin/users/tc@bn.gov.vn/revoke', ADMIN_TOKEN);
      const events = [];
      for await (const e of store.audit.list({ type: 'admin' })) events.push([e.actor, e.action, e.target, e.unit, e.outcome]);
      expect(events).toEqual([
        ['admin-api', 'user.add', 'qt@bn.gov.vn', 'Sở Nội vụ', 'ok'],
        ['admin-api', 'token.issue', 'qt@bn.gov.vn', 'Sở Nội vụ', 'ok'],
        ['admin-api', 'user.add', 'tc@bn.gov.vn', 'Sở Tài chính', 'ok'],
        ['qt@bn.gov.vn', 'user.revoke', 'tc@bn.gov.vn', 'Sở Tài chính', 'forbidden'],
        ['admin-api', 'user.revoke', 'tc@bn.gov.vn', 'Sở Tài chính', 'ok'],
      ]);
    });
  });
});
