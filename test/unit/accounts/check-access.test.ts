import { createAccessCheck } from '../../../src/accounts/check-access';
import type { Turn } from '../../../src/turns/types';
import { createFakeData, createFakeStore } from '../../helpers/fake-store';

const TENANT = '11111111-2222-3333-4444-555555555555';
const OID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

function turn(over: Partial<Turn> & { user?: Turn['user'] } = {}): Turn {
  return {
    id: 't1', user: { id: '29:abc', aadObjectId: OID, name: 'Nguyễn Văn A' }, tenantId: TENANT,
    conversation: { id: 'c1', type: 'personal' }, text: 'xin chào', attachments: [], ...over,
  };
}

async function setup(mode: 'open' | 'allowlist', allowedTenantIds = [TENANT]) {
  const store = createFakeStore();
  const audited: unknown[] = [];
  const check = createAccessCheck({ users: store.users, config: { allowedTenantIds, mode }, audit: { record: async (e) => audited.push(e) } });
  return { store, check, audited };
}

describe('createAccessCheck', () => {
  it('answers nobody outside the allowed tenant: no reply, one security audit event', async () => {
    const { store, check, audited } = await setup('open');
    await store.users.upsert({ id: OID, name: 'A', unit: 'Sở Nội vụ', role: 'system_admin', status: 'active' });
    const r = await check(turn({ tenantId: '99999999-2222-3333-4444-555555555555' }));
    expect(r).toEqual({ kind: 'denied', reason: 'tenant', reply: undefined });
    expect(audited).toEqual([expect.objectContaining({ type: 'security', action: 'access_denied', outcome: 'tenant' })]);
  });

  it('refuses a turn without a tenant id when tenants are restricted', async () => {
    const { check } = await setup('open');
    expect(await check(turn({ tenantId: undefined }))).toMatchObject({ kind: 'denied', reason: 'tenant', reply: undefined });
  });

  it('accepts any tenant when the allowed list is empty', async () => {
    const { check } = await setup('open', []);
    expect(await check(turn({ tenantId: 'other' }))).toMatchObject({ kind: 'allowed' });
  });

  it('compares tenant ids case-insensitively', async () => {
    const { check } = await setup('open');
    expect(await check(turn({ tenantId: TENANT.toUpperCase() }))).toMatchObject({ kind: 'allowed' });
  });

  it('gives an unprovisioned user in allowlist mode the Vietnamese access message', async () => {
    const { check, audited } = await setup('allowlist');
    const r = await check(turn());
    expect(r.kind).toBe('denied');
    if (r.kind !== 'denied') return;
    expect(r.reason).toBe('not_provisioned');
    expect(r.reply).toEqual({ kind: 'text', text: expect.stringContaining('chưa được cấp quyền') });
    expect(r.reply && r.reply.kind === 'text' && r.reply.text).toMatch(/quản trị viên đơn vị/);
    expect(audited).toHaveLength(0);
  });

  it('lets a provisioned user in by object id, whatever its case', async () => {
    const { store, check } = await setup('allowlist');
    await store.users.upsert({ id: OID, name: 'A', unit: 'Sở Nội vụ', role: 'user', status: 'active' });
    const r = await check(turn({ user: { id: '29:x', aadObjectId: OID.toUpperCase() } }));
    expect(r).toMatchObject({ kind: 'allowed', provisioned: true, user: { id: OID, unit: 'Sở Nội vụ' } });
  });

  it('finds a user provisioned by UPN when the turn carries the UPN', async () => {
    const { store, check } = await setup('allowlist');
    await store.users.upsert({ id: 'a.nguyen@bacninh.gov.vn', upn: 'a.nguyen@bacninh.gov.vn', name: 'A', unit: 'UBND xã X', role: 'user', status: 'active' });
    expect(await check(turn({ user: { id: '29:x', aadObjectId: OID, upn: 'A.Nguyen@BacNinh.gov.vn' } }))).toMatchObject({ kind: 'allowed', user: { unit: 'UBND xã X' } });
  });

  it('treats an unprovisioned user in open mode as a plain user of an unknown unit', async () => {
    const { check } = await setup('open');
    const r = await check(turn());
    expect(r).toMatchObject({ kind: 'allowed', provisioned: false, user: { id: OID, role: 'user', unit: 'chưa xác định', status: 'active' } });
  });

  it.each(['open', 'allowlist'] as const)('refuses revoked and locked users in %s mode with a short message', async (mode) => {
    const { store, check, audited } = await setup(mode);
    await store.users.upsert({ id: OID, name: 'A', unit: 'Sở Nội vụ', role: 'user', status: 'revoked' });
    const revoked = await check(turn());
    expect(revoked).toMatchObject({ kind: 'denied', reason: 'revoked', reply: { kind: 'text', text: expect.stringContaining('đã bị thu hồi') } });
    await store.users.setStatus(OID, 'locked', new Date());
    expect(await check(turn())).toMatchObject({ kind: 'denied', reason: 'locked', reply: { kind: 'text', text: expect.stringContaining('khóa') } });
    expect(audited).toEqual([expect.objectContaining({ outcome: 'revoked', unit: 'Sở Nội vụ' }), expect.objectContaining({ outcome: 'locked' })]);
  });

  it('refuses when any record of the person is revoked (object id active, UPN revoked)', async () => {
    const { store, check } = await setup('allowlist');
    await store.users.upsert({ id: OID, name: 'A', unit: 'Sở Nội vụ', role: 'user', status: 'active' });
    await store.users.upsert({ id: 'a@x.gov.vn', upn: 'a@x.gov.vn', name: 'A', unit: 'Sở Nội vụ', role: 'user', status: 'revoked' });
    expect(await check(turn({ user: { id: '29:x', aadObjectId: OID, upn: 'a@x.gov.vn' } }))).toMatchObject({ kind: 'denied', reason: 'revoked' });
  });

  it('reads the record on every turn: a revocation made through another instance applies to the very next message', async () => {
    const data = createFakeData();
    const instanceA = createFakeStore(data);
    const instanceB = createFakeStore(data);
    const checkOnA = createAccessCheck({ users: instanceA.users, config: { allowedTenantIds: [TENANT], mode: 'allowlist' } });
    await instanceB.users.upsert({ id: OID, name: 'A', unit: 'Sở Nội vụ', role: 'user', status: 'active' });
    expect(await checkOnA(turn())).toMatchObject({ kind: 'allowed' });
    await instanceB.users.setStatus(OID, 'revoked', new Date());
    expect(await checkOnA(turn())).toMatchObject({ kind: 'denied', reason: 'revoked' });
  });

  it('still refuses when the audit sink fails', async () => {
    const check = createAccessCheck({
      users: createFakeStore().users, config: { allowedTenantIds: [TENANT], mode: 'open' },
      audit: { record: async () => { throw new Error('disk full'); } },
    });
    expect(await check(turn({ tenantId: 'x' }))).toMatchObject({ kind: 'denied', reason: 'tenant' });
  });
});
