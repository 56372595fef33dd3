import pino from 'pino';
import { createAccessCheck } from '../../../src/accounts/check-access';
import { createAccountsFeature } from '../../../src/accounts/accounts-feature';
import { createTurnRouter } from '../../../src/turns/route-turn';
import type { FeatureHandler } from '../../../src/turns/feature';
import type { Turn } from '../../../src/turns/types';
import { createFakeGate } from '../../helpers/fake-gate';
import { createFakeStore } from '../../helpers/fake-store';

const TENANT = 'tenant-bn';

/** The lead's turn router with the accounts feature in front and a stand-in Q&A feature last. */
function setup() {
  const store = createFakeStore();
  const gate = createFakeGate();
  const clock = { now: () => new Date() };
  const audit = { record: (e: Parameters<typeof store.audit.append>[0]) => store.audit.append(e) };
  const qaCalls: string[] = [];
  const qa: FeatureHandler = {
    name: 'qa', gated: true, matches: () => true,
    handle: async (turn) => (qaCalls.push(turn.id), { replies: [{ kind: 'text', text: 'trả lời' }], outcome: { feature: 'qa', outcome: 'answered' } }),
  };
  const accounts = createAccountsFeature({ users: store.users, audit, auditLog: store.audit, notifier: { notify: async () => true }, clock });
  const access = createAccessCheck({ users: store.users, config: { allowedTenantIds: [TENANT], mode: 'allowlist' }, clock });
  const route = createTurnRouter({ features: [accounts, qa], gate, access, audit, logger: pino({ level: 'silent' }), clock });
  let n = 0;
  const say = async (aadObjectId: string, text: string, tenantId = TENANT) => {
    const turn: Turn = { id: `t${++n}`, user: { id: `29:${aadObjectId}`, aadObjectId }, tenantId, conversation: { id: 'c', type: 'personal' }, text, attachments: [] };
    const r = await route(turn, { canStream: false });
    return r.replies.map((x) => (x.kind === 'text' ? x.text : x.kind)).join('\n');
  };
  return { store, gate, qaCalls, say };
}

describe('accounts behind the turn router', () => {
  it('revocation in chat stops the very next message before any feature or the gate', async () => {
    const { store, gate, qaCalls, say } = setup();
    await store.users.upsert({ id: 'qt@bn.gov.vn', name: 'QT', unit: 'Sở Nội vụ', role: 'unit_admin', status: 'active' });
    expect(await say('qt@bn.gov.vn', '/taikhoan them cb@bn.gov.vn; Cán bộ; Sở Nội vụ')).toContain('Đã cấp');
    expect(await say('cb@bn.gov.vn', 'Điều 5 quy định gì?')).toBe('trả lời');
    expect(await say('qt@bn.gov.vn', '/taikhoan thuhoi cb@bn.gov.vn')).toContain('Đã thu hồi');
    const callsBefore = gate.calls.length;
    expect(await say('cb@bn.gov.vn', 'Điều 6 quy định gì?')).toContain('đã bị thu hồi');
    expect(qaCalls).toHaveLength(1);
    // Only the one Q&A message was screened: account commands and refused turns never reach the gate.
    expect(callsBefore).toBe(1);
    expect(gate.calls).toHaveLength(1);
  });

  it('answers nothing to another tenant', async () => {
    const { store, qaCalls, say } = setup();
    await store.users.upsert({ id: 'cb@bn.gov.vn', name: 'CB', unit: 'Sở Nội vụ', role: 'user', status: 'active' });
    expect(await say('cb@bn.gov.vn', 'xin chào', 'other-tenant')).toBe('');
    expect(qaCalls).toHaveLength(0);
  });

  it('/thongke counts the questions and blocks the router audited', async () => {
    const { store, say } = setup();
    await store.users.upsert({ id: 'qt@bn.gov.vn', name: 'QT', unit: 'Sở Nội vụ', role: 'unit_admin', status: 'active' });
    await store.users.upsert({ id: 'cb@bn.gov.vn', name: 'CB', unit: 'Sở Nội vụ', role: 'user', status: 'active' });
    await store.users.upsert({ id: 'tc@bn.gov.vn', name: 'TC', unit: 'Sở Tài chính', role: 'user', status: 'active' });
    await say('cb@bn.gov.vn', 'câu hỏi 1');
    await say('cb@bn.gov.vn', 'câu hỏi 2');
    await say('cb@bn.gov.vn', 'tài liệu MẬT này nói gì');
    await say('tc@bn.gov.vn', 'câu hỏi khác đơn vị');
    const report = await say('qt@bn.gov.vn', '/thongke 1');
    expect(report).toMatch(/\| Sở Nội vụ \| 2 \| 0 \| 1 \| 0 \| 0 \|/);
    expect(report).toContain('Bí mật nhà nước: 1');
    expect(report).not.toContain('Sở Tài chính');
  });
});
