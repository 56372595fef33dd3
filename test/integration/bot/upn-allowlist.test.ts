import { startTestService, type TestService } from '../../helpers/test-runtime';

const TOKEN = 'upn-test-admin-token-000000';

describe('allowlist by UPN: the bot looks up the sender\'s UPN in Teams', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService({ ACCESS_MODE: 'allowlist', ADMIN_API_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await svc.stop();
  });

  it('lets in a person provisioned only by UPN, and refuses an unknown one', async () => {
    const known = svc.identity('personal', { name: 'Lê Thị Hoa' });
    const unknown = svc.identity('personal');
    svc.connector.setMember(known.user.id, { userPrincipalName: 'hoa.lt@ubnd.example.gov.vn' });
    const res = await fetch(`${svc.baseUrl}/admin/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'Hoa.LT@ubnd.example.gov.vn', name: 'Lê Thị Hoa', unit: 'Phường Phước Bình', role: 'user' }),
    });
    expect(res.status).toBe(201);
    const allowed = await svc.say(known, '/help');
    expect(JSON.stringify(allowed[0].activity)).toContain('/tomtat');
    const refused = await svc.say(unknown, '/help');
    expect(refused).toHaveLength(1);
    expect(JSON.stringify(refused[0].activity)).not.toContain('/tomtat');
  });
});

describe('allowlist by UPN with a tenant list', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService({ ACCESS_MODE: 'allowlist', ADMIN_API_TOKEN: TOKEN, ALLOWED_TENANT_IDS: 'tenant-of-the-province' });
  });
  afterAll(async () => {
    await svc.stop();
  });

  it('never looks up a sender from another tenant (no request to its service URL), and looks up the own tenant’s', async () => {
    const outsider = svc.identity('personal', { name: 'Người ngoài' }, 'some-other-tenant');
    svc.connector.setMember(outsider.user.id, { userPrincipalName: 'x@other.example' });
    const refused = await svc.say(outsider, '/help');
    expect(JSON.stringify(refused.map((r) => r.activity))).not.toContain('/tomtat');
    expect(svc.connector.memberLookups).not.toContain(outsider.user.id);

    const insider = svc.identity('personal', { name: 'Cán bộ tỉnh' }, 'tenant-of-the-province');
    await svc.say(insider, '/help');
    expect(svc.connector.memberLookups).toContain(insider.user.id);
  });
});
