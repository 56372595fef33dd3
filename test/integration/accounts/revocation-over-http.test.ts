import { vi } from '../../../src/accounts/messages';
import type { TestService } from '../../helpers/test-runtime';
import { LEGAL_QUESTIONS, adminCall, citationsOf, onlyText, provision, startService, storeEnv } from './service-harness';

const uri = process.env.MONGODB_URI;
if (!uri) console.warn('MONGODB_URI not set: skipping the two-instance revocation test over HTTP (run `source .ci/ferretdb.sh && ferretdb_start` first)');

// Two service instances on one MongoDB database (as behind a load balancer): an account change made through
// instance A's admin API must hold on instance B's very next message, with no cache in between.
(uri ? describe : describe.skip)('revocation through instance A holds on instance B at once (MongoDB)', () => {
  const store = storeEnv('revocation');
  let a: TestService;
  let b: TestService;
  beforeAll(async () => {
    // Same MONGODB_URI and MONGODB_DB, separate data folders (outboxes, knowledge index).
    a = await startService({ ...store.env, ACCESS_MODE: 'allowlist' });
    b = await startService({ ...store.env, ACCESS_MODE: 'allowlist' });
  }, 60_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await store.dropDatabase();
  });

  it('provisioned on A, answered on B; revoked on A, refused on B with nothing else processed; restored on A, answered on B', async () => {
    expect(a.dataDir).not.toBe(b.dataDir);
    const who = b.identity('personal', { name: 'Lê Thị Chuyển Công Tác' });
    await provision(a, who, 'UBND phường Suối Hoa');

    const served = await b.say(who, LEGAL_QUESTIONS[0]);
    expect(served).toHaveLength(1);
    expect(citationsOf(served[0]).length).toBeGreaterThan(0);

    const revoked = await adminCall(a, 'POST', `/admin/users/${who.user.aadObjectId}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.json).toMatchObject({ change: 'revoked', user: { status: 'revoked' } });

    const refused = await b.say(who, LEGAL_QUESTIONS[1]);
    expect(onlyText(refused)).toBe(vi.access.revoked);
    expect(citationsOf(refused[0])).toHaveLength(0);
    // Nothing past the access check ran: no answer was recorded for the refusal.
    expect(await b.runtime.store.answers.get(refused[0].id)).toBeUndefined();
    const denied = [];
    for await (const e of b.runtime.store.audit.list()) if (e.type === 'turn' && e.actor === who.user.aadObjectId) denied.push(e);
    expect(denied).toHaveLength(2);
    expect(denied[0]).toMatchObject({ feature: 'qa' });
    expect(denied[1]).toMatchObject({ feature: 'account', outcome: 'denied', details: { reason: 'revoked' } });

    expect((await adminCall(a, 'POST', `/admin/users/${who.user.aadObjectId}/restore`)).status).toBe(200);
    const again = await b.say(who, LEGAL_QUESTIONS[2]);
    expect(again).toHaveLength(1);
    expect(citationsOf(again[0]).length).toBeGreaterThan(0);
  });

  it('a compromise reported on B locks the account on A too and reaches the unit administrator who chatted on A', async () => {
    const unit = 'UBND xã Nam Sơn';
    const unitAdmin = a.identity('personal', { name: 'Trịnh Quản Trị Xã' });
    const victim = b.identity('personal', { name: 'Cao Văn Bị Lộ' });
    await provision(a, unitAdmin, unit, 'unit_admin');
    await provision(a, victim, unit);
    // The conversation reference is remembered in the shared store, so instance B can reach him.
    expect(await a.say(unitAdmin, '/help')).toHaveLength(1);

    const before = a.connector.received.length;
    expect(onlyText(await b.say(victim, 'Tài khoản của tôi bị xâm nhập'))).toBe(vi.compromise.reply);
    const notice = a.connector.received.slice(before).filter((r) => r.conversationId === unitAdmin.conversationId && r.activity.type === 'message');
    expect(notice).toHaveLength(1);
    expect(String(notice[0].activity.text)).toContain(victim.user.aadObjectId);

    const onA = { ...victim, serviceUrl: a.connector.serviceUrl };
    expect(onlyText(await a.say(onA, LEGAL_QUESTIONS[0]))).toBe(vi.access.locked);
  });
});
