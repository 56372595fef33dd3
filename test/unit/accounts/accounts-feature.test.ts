import { createAccessCheck } from '../../../src/accounts/check-access';
import { createAccountsFeature } from '../../../src/accounts/accounts-feature';
import type { UserRecord } from '../../../src/store/types';
import type { TurnContext } from '../../../src/turns/feature';
import type { Turn } from '../../../src/turns/types';
import { createFakeStore } from '../../helpers/fake-store';

const NOW = new Date('2026-11-22T03:00:00Z');
const clock = { now: () => NOW };

function setup() {
  const store = createFakeStore();
  const sent: { userId: string; text: string }[] = [];
  const notifier = { notify: async (userId: string, text: string) => (sent.push({ userId, text }), userId !== 'unreachable@x.gov.vn') };
  const feature = createAccountsFeature({ users: store.users, audit: { record: (e) => store.audit.append(e) }, auditLog: store.audit, notifier, clock });
  const access = createAccessCheck({ users: store.users, config: { allowedTenantIds: [], mode: 'allowlist' }, clock });
  const add = (id: string, unit: string, role: UserRecord['role'], status: UserRecord['status'] = 'active') =>
    store.users.upsert({ id, name: `Người ${id}`, unit, role, status });
  const turnOf = (aadObjectId: string, text: string, type: Turn['conversation']['type'] = 'personal'): Turn => ({
    id: 't', user: { id: `29:${aadObjectId}`, aadObjectId }, conversation: { id: 'c', type }, text, attachments: [],
  });
  /** One turn as the router runs it: access check first, then the feature. */
  const say = async (who: string, text: string, type: Turn['conversation']['type'] = 'personal') => {
    const turn = turnOf(who, text, type);
    const decision = await access(turn);
    if (decision.kind === 'denied') return { denied: decision.reason, text: '' };
    expect(feature.matches(turn)).toBe(true);
    const ctx: TurnContext = { user: decision.user, canStream: false };
    const r = await feature.handle(turn, ctx);
    const reply = r.replies[0];
    return { outcome: r.outcome, text: reply && reply.kind === 'text' ? reply.text : '' };
  };
  return { store, sent, feature, add, say, turnOf };
}

describe('accounts feature in chat', () => {
  it('is not gated, so commands never reach the gate or a model', () => {
    expect(setup().feature.gated).toBe(false);
  });

  it('lets a unit administrator add a user of their unit, then revoke them with effect on the next message', async () => {
    const { add, say, store } = setup();
    await add('qt-noivu@x.gov.vn', 'Sở Nội vụ', 'unit_admin');
    const added = await say('qt-noivu@x.gov.vn', '/taikhoan them cb1@x.gov.vn; Nguyễn Thị Hoa; Sở Nội vụ; người dùng');
    expect(added.text).toContain('Đã cấp tài khoản cho Nguyễn Thị Hoa');
    expect(await say('cb1@x.gov.vn', '/taikhoan')).toMatchObject({ text: expect.stringContaining('không có quyền') });

    const revoked = await say('qt-noivu@x.gov.vn', '/taikhoan thuhoi CB1@x.gov.vn');
    expect(revoked.text).toContain('Đã thu hồi');
    expect(await say('cb1@x.gov.vn', 'xin chào')).toEqual({ denied: 'revoked', text: '' });
    expect((await store.users.get('cb1@x.gov.vn'))?.statusChangedAt).toEqual(NOW);

    expect((await say('qt-noivu@x.gov.vn', '/taikhoan khôi phục cb1@x.gov.vn')).text).toContain('Đã khôi phục');
    expect((await say('cb1@x.gov.vn', '/taikhoan')).denied).toBeUndefined();

    const events = store.data.audit.filter((e) => e.type === 'admin');
    expect(events.map((e) => [e.action, e.actor, e.target, e.outcome])).toEqual([
      ['user.add', 'qt-noivu@x.gov.vn', 'cb1@x.gov.vn', 'ok'],
      ['user.revoke', 'qt-noivu@x.gov.vn', 'cb1@x.gov.vn', 'ok'],
      ['user.restore', 'qt-noivu@x.gov.vn', 'cb1@x.gov.vn', 'ok'],
    ]);
  });

  it('refuses a unit administrator acting on another unit or granting system administrator', async () => {
    const { add, say, store } = setup();
    await add('qt-noivu@x.gov.vn', 'Sở Nội vụ', 'unit_admin');
    await add('cb-taichinh@x.gov.vn', 'Sở Tài chính', 'user');
    expect((await say('qt-noivu@x.gov.vn', '/taikhoan thuhoi cb-taichinh@x.gov.vn')).text).toContain('chỉ quản lý được tài khoản thuộc đơn vị của mình');
    expect((await store.users.get('cb-taichinh@x.gov.vn'))?.status).toBe('active');
    expect((await say('qt-noivu@x.gov.vn', '/taikhoan them z@x.gov.vn; Z; Sở Nội vụ; quantrihethong')).text).toContain('không được cấp vai trò „quản trị hệ thống”');
    expect(await store.users.get('z@x.gov.vn')).toBeUndefined();
    const list = await say('qt-noivu@x.gov.vn', '/taikhoan ds');
    expect(list.text).toContain('qt-noivu@x.gov.vn');
    expect(list.text).not.toContain('cb-taichinh');
    expect((await say('qt-noivu@x.gov.vn', '/taikhoan ds Sở Tài chính')).text).toContain('chỉ quản lý được');
    expect(store.data.audit.filter((e) => e.outcome === 'forbidden')).toHaveLength(3);
  });

  it('explains bad /taikhoan them syntax in Vietnamese', async () => {
    const { add, say } = setup();
    await add('sys@x.gov.vn', 'Sở KH&CN', 'system_admin');
    expect((await say('sys@x.gov.vn', '/taikhoan them abc; Tên; Đơn vị')).text).toContain('mã phải là mã đối tượng Entra');
    expect((await say('sys@x.gov.vn', '/taikhoan them a@x.gov.vn; Tên')).text).toContain('cần 3 hoặc 4 phần');
    expect((await say('sys@x.gov.vn', '/taikhoan them a@x.gov.vn; Tên; Đơn vị; trưởng phòng')).text).toContain('vai trò „trưởng phòng” không hợp lệ');
    expect((await say('sys@x.gov.vn', '/taikhoan xoa a')).text).toContain('Không rõ lệnh');
    expect((await say('sys@x.gov.vn', '/taikhoan')).text).toContain('/taikhoan them');
  });

  it.each([
    'Tài khoản của tôi bị xâm nhập',
    'tai khoan cua toi bi xam nhap!',
    'Tài khoản của tôi đã bị xâm nhập, giúp tôi với',
    '/baocao xamnhap',
    // Phrased as a question but stating the fact first: treated as a report (locking errs on the safe side).
    'Tài khoản của tôi bị xâm nhập thì phải làm gì?',
  ])('locks the account at once and notifies the unit administrators on "%s"', async (text) => {
    const { add, say, sent, store } = setup();
    await add('qt-xa@x.gov.vn', 'UBND xã Tam Đa', 'unit_admin');
    await add('qt-khac@x.gov.vn', 'Sở Y tế', 'unit_admin');
    await add('cb@x.gov.vn', 'UBND xã Tam Đa', 'user');
    const r = await say('cb@x.gov.vn', text);
    expect(r.text).toContain('KHÓA ngay');
    expect(sent.map((s) => s.userId)).toEqual(['qt-xa@x.gov.vn']);
    expect(sent[0].text).toContain('cb@x.gov.vn');
    expect(sent[0].text).not.toContain(text);
    expect(await say('cb@x.gov.vn', 'xin chào')).toEqual({ denied: 'locked', text: '' });
    expect(store.data.audit).toContainEqual(expect.objectContaining({ type: 'security', action: 'account.compromise_reported', actor: 'cb@x.gov.vn', unit: 'UBND xã Tam Đa', outcome: 'locked' }));
  });

  it('falls back to the system administrators when no unit administrator can be reached', async () => {
    const { add, say, sent } = setup();
    await add('unreachable@x.gov.vn', 'UBND xã Tam Đa', 'unit_admin');
    await add('sys@x.gov.vn', 'Sở KH&CN', 'system_admin');
    await add('cb@x.gov.vn', 'UBND xã Tam Đa', 'user');
    expect((await say('cb@x.gov.vn', 'Tài khoản của tôi bị xâm nhập')).text).toContain('KHÓA ngay');
    expect(sent.map((s) => s.userId)).toEqual(['unreachable@x.gov.vn', 'sys@x.gov.vn']);
  });

  it('leaves questions about compromised accounts to Q&A', () => {
    const { feature, turnOf } = setup();
    for (const text of ['Nếu tài khoản của tôi bị xâm nhập thì phải làm gì?', 'Khi tài khoản bị xâm nhập cần báo ai?', 'xin chào']) {
      expect(feature.matches(turnOf('x', text))).toBe(false);
    }
  });

  it('shows /thongke to a unit administrator for their unit only, and refuses plain users', async () => {
    const { add, say, store } = setup();
    await add('qt@x.gov.vn', 'Sở Nội vụ', 'unit_admin');
    await add('cb@x.gov.vn', 'Sở Nội vụ', 'user');
    const t = new Date('2026-11-21T02:00:00Z');
    await store.audit.append({ time: t, type: 'turn', actor: 'a', unit: 'Sở Nội vụ', feature: 'qa', outcome: 'answered' });
    await store.audit.append({ time: t, type: 'turn', actor: 'b', unit: 'Sở Tài chính', feature: 'qa', outcome: 'answered' });
    const r = await say('qt@x.gov.vn', '/thongke 7');
    expect(r.text).toContain('của Sở Nội vụ');
    expect(r.text).toContain('| 2026-11-21 | Sở Nội vụ | 1 |');
    expect(r.text).not.toContain('Sở Tài chính');
    expect((await say('qt@x.gov.vn', '/thongke 2026-11-01 2026-11-30 ; Sở Tài chính')).text).toContain('chỉ quản lý được');
    expect((await say('cb@x.gov.vn', '/thongke')).text).toContain('Chỉ quản trị viên đơn vị');
    expect((await say('qt@x.gov.vn', '/thongke hôm qua')).text).toContain('Khoảng thời gian chưa đúng');
  });

  it('keeps account lists and usage figures out of group chats and channels', async () => {
    const { add, say } = setup();
    await add('qt@x.gov.vn', 'Sở Nội vụ', 'unit_admin');
    for (const type of ['groupChat', 'channel'] as const) {
      for (const cmd of ['/taikhoan ds', '/thongke', '/taikhoan thuhoi a@x.gov.vn']) {
        const r = await say('qt@x.gov.vn', cmd, type);
        expect(r.text).toContain('trò chuyện riêng');
        expect(r.outcome).toMatchObject({ outcome: 'refused_conversation' });
      }
    }
  });

  it('treats unit names typed in NFD or with extra spaces as the same unit', async () => {
    const { add, say, store } = setup();
    await add('qt@x.gov.vn', 'Sở Nội vụ', 'unit_admin');
    const nfd = 'Sở  Nội vụ'.normalize('NFD');
    expect((await say('qt@x.gov.vn', `/taikhoan them b@x.gov.vn; B; ${nfd}`)).text).toContain('Đã cấp tài khoản');
    expect((await store.users.get('b@x.gov.vn'))?.unit).toBe('Sở Nội vụ');
  });
});
