import { withAccessDuringOutage } from '../../../src/accounts/access-during-outage';
import { storeUnavailable } from '../../../src/store/availability/unavailable';
import type { AccessDecision } from '../../../src/turns/route-turn';
import type { Turn } from '../../../src/turns/types';

const turn = (oid: string): Turn => ({ id: 't', user: { id: `29:${oid}`, aadObjectId: oid }, tenantId: 't1', conversation: { id: 'c', type: 'personal' }, text: 'hỏi', attachments: [] });
const user = (status: 'active' | 'revoked') => ({ id: 'x', name: 'A', unit: 'Sở Tư pháp', role: 'user' as const, status, createdAt: new Date(), updatedAt: new Date() });

describe('the access check while the database is unreachable', () => {
  let now = 0;
  const clock = { now: () => new Date(now) };
  let down = false;
  const decisions = new Map<string, AccessDecision>();
  const inner = async (t: Turn): Promise<AccessDecision> => {
    if (down) throw storeUnavailable();
    return decisions.get(t.user.aadObjectId as string) ?? { kind: 'allowed' };
  };
  beforeEach(() => {
    now = 0;
    down = false;
    decisions.clear();
  });

  it('keeps a recent allowance for the grace period, and a refusal for as long as the outage lasts', async () => {
    decisions.set('a', { kind: 'allowed', user: user('active') });
    decisions.set('r', { kind: 'denied', reason: 'revoked', user: user('revoked') });
    const check = withAccessDuringOutage(inner, { mode: 'allowlist', graceMs: 60_000, clock });
    await check(turn('a'));
    await check(turn('r'));
    down = true;
    now = 30_000;
    expect(await check(turn('a'))).toMatchObject({ kind: 'allowed', user: { unit: 'Sở Tư pháp' } });
    now = 10 * 60_000;
    expect(await check(turn('r'))).toMatchObject({ kind: 'denied', reason: 'revoked' });
    expect(await check(turn('a'))).toMatchObject({ kind: 'denied', reason: 'store_unavailable', reply: { text: expect.stringContaining('chưa kiểm tra được tài khoản') } });
  });

  it('lets an unknown person in as unprovisioned in open mode, refuses them with a Vietnamese reply in allowlist mode', async () => {
    down = true;
    expect(await withAccessDuringOutage(inner, { mode: 'open', graceMs: 0, clock })(turn('new'))).toMatchObject({ kind: 'allowed', user: { role: 'user', unit: 'chưa xác định' } });
    expect(await withAccessDuringOutage(inner, { mode: 'allowlist', graceMs: 0, clock })(turn('new'))).toMatchObject({ kind: 'denied' });
  });

  it('lets other errors through', async () => {
    const check = withAccessDuringOutage(async () => Promise.reject(new Error('bug')), { mode: 'open', graceMs: 0, clock });
    await expect(check(turn('a'))).rejects.toThrow('bug');
  });
});
