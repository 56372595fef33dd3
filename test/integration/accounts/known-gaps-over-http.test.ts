import { vi } from '../../../src/accounts/messages';
import type { TestService } from '../../helpers/test-runtime';
import { LEGAL_QUESTIONS, adminCall, citationsOf, onlyText, provision, startService, storeEnv } from './service-harness';

const WARD = 'Phường A';

// Gaps in the src/ wiring found by the end-to-end accounts tests. Each is `it.failing`: it passes while the bug is
// there and turns red once fixed, which is the signal to switch it to `it`. Details and fixes: the comment on each.
describe('known gaps in the service wiring (accounts)', () => {
  const store = storeEnv('gaps');
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({ ...store.env, ALLOWED_TENANT_IDS: 'tenant-a', ACCESS_MODE: 'allowlist' });
  }, 60_000);
  afterAll(async () => {
    await svc?.stop();
    await store.dropDatabase();
  });

  const person = (name: string, tenant = 'tenant-a') => svc.identity('personal', { name }, tenant);

  // KNOWN BUG (src/ wiring, not fixed here): feedback invokes bypass the turn router's access check, so a revoked person
  // (or another tenant) still has likes/dislikes stored and counted. `it.failing` passes while the bug is there:
  // switch it to `it` once src/runtime.ts guards the feedback sink with the access check.
  it.failing('refuses feedback from a revoked person and from another tenant (nothing stored, nothing counted)', async () => {
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

  // KNOWN BUG (src/bot wiring, not fixed here): the typing indicator goes out (src/bot/create-bot.ts:39 startTypingTimer,
  // :63 explicit typing) and the conversation reference is stored (:64 notifier.remember) BEFORE the router's tenant check,
  // so another tenant learns the bot exists and fills the shared state. Switch to `it` once fixed.
  it.failing('sends another tenant nothing at all, not even a typing indicator, and remembers nothing about it', async () => {
    const outsider = person('Người tenant lạ', 'tenant-b');
    const before = svc.connector.received.length;
    await svc.say(outsider, LEGAL_QUESTIONS[0]);
    expect(svc.connector.received.slice(before).filter((r) => r.conversationId === outsider.conversationId)).toHaveLength(0);
    const key = `convref/${outsider.user.aadObjectId}`;
    expect((await svc.runtime.store.state.read([key]))[key]).toBeUndefined();
  });

  // KNOWN BUG (src/bot/map-turn.ts:43, not fixed here): Turn.user.upn is never set (Teams message activities carry no UPN),
  // so an account provisioned by e-mail, as the chat help and the CSV import suggest, never matches its owner. Switch to
  // `it` once the bot resolves the UPN (TeamsInfo.getMember, cached) and the capture connector answers the members call.
  it.failing('serves a person provisioned by his official e-mail (UPN), as `/taikhoan trogiup` suggests', async () => {
    const who = person('Nguyễn Văn Email');
    const created = await adminCall(svc, 'POST', '/admin/users', { id: 'nguyenvanemail@phuonga.gov.vn', name: 'Nguyễn Văn Email', unit: WARD, role: 'user' });
    expect(created.status).toBe(201);
    const replies = await svc.say(who, LEGAL_QUESTIONS[0]);
    expect(onlyText(replies)).not.toBe(vi.access.notProvisioned);
    expect(citationsOf(replies[0]).length).toBeGreaterThan(0);
  });

  // KNOWN BUG (src/turns/route-turn.ts:70-76, not fixed here): a refused turn is audited without the refused record's unit
  // (`result` carries no `user`), so a unit administrator never sees that a revoked or locked colleague keeps trying.
  // Fix: the access check now returns the refused record (`decision.user`, src/accounts/check-access.ts); add
  // `user?: UserRecord` to AccessDecision's denied branch and set `user: decision.user` in the denied RoutedTurn.
  it.failing('audits a revoked person\'s refused attempt under his unit', async () => {
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
