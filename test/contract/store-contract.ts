import { verifyAuditChain } from '../../src/audit/verify-audit-chain';
import type { AnswerRecord, Appeal, AuditEventInput, FeedbackRecord, KnowledgeSourceRecord, Store } from '../../src/store/types';

/** What a store implementation provides to the shared contract suite. */
export interface StoreHarness {
  /** A fresh, empty store. */
  open(): Promise<Store>;
  /** A new instance over the same data as the last `open()` (after closing, for restart; or alongside, for two instances). */
  reopen(): Promise<Store>;
  /** Whether two instances may run at once over the same data (MongoDB yes, embedded no). */
  multiInstance: boolean;
  cleanup(): Promise<void>;
}

const day = 24 * 3600 * 1000;
const t0 = new Date('2026-01-10T08:00:00.000Z');
const at = (days: number) => new Date(t0.getTime() + days * day);
const gate = { decision: 'allow' as const, level: 1 as const, categories: [], counts: {}, hashes: [] };

export const answer = (id: string, over: Partial<AnswerRecord> = {}): AnswerRecord => ({
  id, time: t0, userId: 'u-1', unit: 'Sở Tư pháp', conversationId: 'c-1', conversationType: 'personal', feature: 'qa',
  question: 'Thời hạn giải quyết khiếu nại lần đầu là bao lâu?', answer: 'Không quá 30 ngày (Điều 28 Luật Khiếu nại).',
  citations: [{ articleId: 'luat-khieu-nai-d28', label: 'Điều 28 Luật Khiếu nại 2011' }], answerer: 'extractive', latencyMs: 120, gate, ...over,
});
const fb = (id: string, over: Partial<FeedbackRecord> = {}): FeedbackRecord => ({
  id, time: t0, answerId: 'a-1', userId: 'u-1', unit: 'Sở Tư pháp', conversationType: 'personal', reaction: 'like', ...over,
});
const appeal = (id: string, over: Partial<Appeal> = {}): Appeal => ({
  id, time: t0, userId: 'u-1', unit: 'Sở Tư pháp', conversationType: 'personal', via: 'card', blockedAt: t0, feature: 'qa', zone: 'onprem',
  gate: { decision: 'block', level: 3, categories: ['decision_sanction', 'person_name'], scores: { decision_sanction: 0.62 }, maskedText: 'Mức phạt cho ông [NGƯỜI_1] là bao nhiêu?' },
  comment: 'Tôi chỉ hỏi quy định chung', status: 'pending', ...over,
});
const ev = (n: number, over: Partial<AuditEventInput> = {}): AuditEventInput => ({
  time: at(n), type: 'turn', actor: `u-${n}`, conversationType: 'personal', feature: 'qa', gate, answerer: 'extractive', latencyMs: n, outcome: 'answered', ...over,
});
const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

const source = (id: string, over: Partial<KnowledgeSourceRecord> = {}): KnowledgeSourceRecord => ({
  id, fileName: 'quyết-định-01.md', format: 'markdown', bytes: 80, sha256: 'ab'.repeat(32), uploadedAt: t0, uploadedBy: 'admin-api',
  articleCount: 1, documentCount: 1, ...over,
});
/** The behaviour every Store must have; run by the embedded unit test and the MongoDB integration test. */
export function runStoreContract(name: string, harness: () => StoreHarness): void {
  describe(`Store contract: ${name}`, () => {
    let h: StoreHarness;
    let store: Store;
    const extra: Store[] = [];
    beforeEach(async () => {
      h = harness();
      store = await h.open();
    });
    afterEach(async () => {
      for (const s of extra.splice(0)) await s.close().catch(() => undefined);
      await store.close().catch(() => undefined);
      await h.cleanup();
    });

    it('answers: saves, gets by id with Vietnamese text and dates intact, replaces on the same id', async () => {
      await store.answers.save(answer('a-1'));
      expect(await store.answers.get('a-1')).toEqual(answer('a-1'));
      await store.answers.save(answer('a-1', { answer: 'Đã sửa' }));
      expect((await store.answers.get('a-1'))?.answer).toBe('Đã sửa');
      expect(await store.answers.get('nope')).toBeUndefined();
    });

    it('feedback: lists oldest first, filters by [from, to), reaction and unit; a re-added id is stored once', async () => {
      await store.feedback.add(fb('f-3', { time: at(3), reaction: 'dislike', comment: 'Thiếu căn cứ pháp lý' }));
      await store.feedback.add(fb('f-1', { time: at(1) }));
      await store.feedback.add(fb('f-2', { time: at(2), unit: 'Sở Nội vụ', commentBlocked: true }));
      await store.feedback.add(fb('f-1', { time: at(1) }));
      expect((await collect(store.feedback.list({}))).map((f) => f.id)).toEqual(['f-1', 'f-2', 'f-3']);
      expect((await collect(store.feedback.list({ from: at(2), to: at(3) }))).map((f) => f.id)).toEqual(['f-2']);
      expect((await collect(store.feedback.list({ reaction: 'dislike' }))).map((f) => f.comment)).toEqual(['Thiếu căn cứ pháp lý']);
      expect((await collect(store.feedback.list({ unit: 'Sở Nội vụ' })))[0]).toEqual(fb('f-2', { time: at(2), unit: 'Sở Nội vụ', commentBlocked: true }));
    });

    it('feedback: gets one by id and pages newest first by (time, id), with filters and a keyset cursor', async () => {
      await store.feedback.add(fb('f-1', { time: at(1), comment: 'Thiếu Điều 5' }));
      await store.feedback.add(fb('f-2', { time: at(2), reaction: 'dislike' }));
      await store.feedback.add(fb('f-3b', { time: at(3), reaction: 'dislike', comment: 'Văn bản đã hết hiệu lực', unit: 'Sở Nội vụ' }));
      await store.feedback.add(fb('f-3a', { time: at(3) }));
      expect(await store.feedback.get?.('f-2')).toEqual(fb('f-2', { time: at(2), reaction: 'dislike' }));
      expect(await store.feedback.get?.('nope')).toBeUndefined();
      const ids = async (q: Parameters<NonNullable<Store['feedback']['page']>>[0]) => (await store.feedback.page!(q)).map((f) => f.id);
      expect(await ids({ limit: 10 })).toEqual(['f-3b', 'f-3a', 'f-2', 'f-1']);
      expect(await ids({ limit: 2 })).toEqual(['f-3b', 'f-3a']);
      expect(await ids({ limit: 2, before: { time: at(3), id: 'f-3a' } })).toEqual(['f-2', 'f-1']);
      expect(await ids({ limit: 10, before: { time: at(3), id: 'f-3b' } })).toEqual(['f-3a', 'f-2', 'f-1']);
      expect(await ids({ limit: 10, hasComment: true })).toEqual(['f-3b', 'f-1']);
      expect(await ids({ limit: 10, hasComment: false, reaction: 'dislike' })).toEqual(['f-2']);
      expect(await ids({ limit: 10, unit: 'Sở Nội vụ', from: at(3), to: at(4) })).toEqual(['f-3b']);
      expect(await ids({ limit: 10, hasComment: true, before: { time: at(3), id: 'f-3a' } })).toEqual(['f-1']);
      expect(await ids({ limit: 10, ids: ['f-1', 'f-3a', 'nope'] })).toEqual(['f-3a', 'f-1']);
      expect(await ids({ limit: 10, ids: [] })).toEqual([]);
      expect(await ids({ limit: 10, excludeIds: ['f-3b', 'f-2'] })).toEqual(['f-3a', 'f-1']);
    });

    it('feedback: sets the per-citation verdicts of one record (kept by get, page and list); an unknown id is refused', async () => {
      await store.feedback.add(fb('f-v', { time: at(1), reaction: 'dislike' }));
      await store.feedback.add(fb('f-w', { time: at(2), reaction: 'dislike' }));
      const verdicts = [
        { position: 1, articleId: 'nd13#D11', label: 'Điều 11 Nghị định 13/2023/NĐ-CP', verdict: 'right' as const },
        { position: 2, articleId: 'nd13#D9', label: 'Điều 9 Nghị định 13/2023/NĐ-CP', verdict: 'outdated' as const },
      ];
      expect(await store.feedback.setCitationVerdicts!('f-v', verdicts)).toBe(true);
      expect(await store.feedback.setCitationVerdicts!('nope', verdicts)).toBe(false);
      expect(await store.feedback.get?.('f-v')).toEqual(fb('f-v', { time: at(1), reaction: 'dislike', citations: verdicts }));
      expect((await store.feedback.page!({ limit: 10 })).map((f) => f.citations)).toEqual([undefined, verdicts]);
      const listed: unknown[] = [];
      for await (const f of store.feedback.list({})) listed.push(f.citations);
      expect(listed).toEqual([verdicts, undefined]);
    });

    it('audit: appends a linear hash chain that verifies, lists in seq order with filters', async () => {
      const a = await store.audit.append(ev(1));
      const b = await store.audit.append(ev(2, { type: 'admin', action: 'revoke', target: 'u-9', details: { reason: 'nghỉ việc', n: 1, x: null } }));
      expect([a.seq, b.seq]).toEqual([1, 2]);
      expect(b.prevHash).toBe(a.hash);
      const all = await collect(store.audit.list());
      expect(all.map((e) => e.seq)).toEqual([1, 2]);
      expect(all[1].details).toEqual({ reason: 'nghỉ việc', n: 1, x: null });
      expect(await verifyAuditChain(store.audit.list())).toMatchObject({ ok: true, count: 2 });
      expect((await collect(store.audit.list({ type: 'admin' }))).map((e) => e.seq)).toEqual([2]);
      expect((await collect(store.audit.list({ from: at(2) }))).map((e) => e.seq)).toEqual([2]);
    });

    it('audit: an append retried with the same id is stored once', async () => {
      const first = await store.audit.append(ev(1, { id: 'evt-1' }));
      const again = await store.audit.append(ev(1, { id: 'evt-1' }));
      expect(again.seq).toBe(first.seq);
      expect(await collect(store.audit.list())).toHaveLength(1);
    });

    it('audit: concurrent appends stay one linear chain', async () => {
      await Promise.all(Array.from({ length: 20 }, (_, i) => store.audit.append(ev(i))));
      const all = await collect(store.audit.list());
      expect(all.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect((await verifyAuditChain(all)).ok).toBe(true);
    });

    it('users: upsert keeps createdAt, get by id or UPN (case-insensitive), list by unit, setStatus stamps the change', async () => {
      const u = await store.users.upsert({ id: 'oid-1', upn: 'Nguyen.Van.A@PhuocBinh.gov.vn', name: 'Nguyễn Văn A', unit: 'Sở Tư pháp', role: 'user', status: 'active' });
      await store.users.upsert({ id: 'oid-2', name: 'Trần Thị B', unit: 'Sở Nội vụ', role: 'unit_admin', status: 'active' });
      const again = await store.users.upsert({ id: 'oid-1', upn: u.upn, name: 'Nguyễn Văn An', unit: 'Sở Tư pháp', role: 'user', status: 'active' });
      expect(again.createdAt).toEqual(u.createdAt);
      expect((await store.users.get('nguyen.van.a@phuocbinh.gov.vn'))?.name).toBe('Nguyễn Văn An');
      expect((await store.users.get('oid-2'))?.role).toBe('unit_admin');
      expect((await store.users.list({ unit: 'Sở Nội vụ' })).map((x) => x.id)).toEqual(['oid-2']);
      expect(await store.users.list()).toHaveLength(2);
      const revoked = await store.users.setStatus('oid-1', 'revoked', at(5));
      expect(revoked).toMatchObject({ status: 'revoked', statusChangedAt: at(5) });
      expect((await store.users.get('oid-1'))?.status).toBe('revoked');
      expect(await store.users.setStatus('nobody', 'revoked', at(5))).toBeUndefined();
    });

    it('users: findAll returns every record of a person by id, UPN or learned object id (case-insensitive)', async () => {
      await store.users.upsert({ id: 'qt@bacninh.gov.vn', upn: 'qt@bacninh.gov.vn', aadObjectId: 'aad-77', name: 'Quản trị', unit: 'Sở KH&CN', role: 'system_admin', status: 'active' });
      await store.users.upsert({ id: 'aad-77', name: 'Bản ghi trùng', unit: 'Phường A', role: 'user', status: 'active' });
      await store.users.upsert({ id: 'aad-88', name: 'Người khác', unit: 'Phường A', role: 'user', status: 'active' });
      expect((await store.users.get('AAD-77'.toLowerCase()))?.id).toBeDefined();
      expect((await store.users.findAll!(['aad-77'])).map((u) => u.id).sort()).toEqual(['aad-77', 'qt@bacninh.gov.vn']);
      expect((await store.users.findAll!(['QT@BacNinh.gov.vn'])).map((u) => u.id)).toEqual(['qt@bacninh.gov.vn']);
      expect(await store.users.findAll!(['nobody'])).toEqual([]);
    });

    it('notes: every note can be listed and one replaced in place (key rotation), only under its owner', async () => {
      await store.notes.create({ id: 'r-1', ownerId: 'u-1', title: 'A', content: '[NGƯỜI_1]', kind: 'meeting_summary', createdAt: at(1), sealed: { keyId: 'k1', iv: 'aXY=', tag: 'dGFn', data: 'ZGF0YQ==' } });
      await store.notes.create({ id: 'r-2', ownerId: 'u-2', title: 'B', content: 'x', kind: 'note', createdAt: at(2), label: 'internal' });
      const all = [];
      for await (const n of store.notes.allNotes!()) all.push(n);
      expect(all.map((n) => n.id).sort()).toEqual(['r-1', 'r-2']);
      expect(await store.notes.replace!({ ...all.find((n) => n.id === 'r-1')!, ownerId: 'u-2' })).toBe(false);
      expect(await store.notes.replace!({ ...all.find((n) => n.id === 'r-1')!, sealed: { keyId: 'k2', iv: 'aXY=', tag: 'dGFn', data: 'ZGF0YQ==' } })).toBe(true);
      expect((await store.notes.get('u-1', 'r-1'))?.sealed?.keyId).toBe('k2');
      expect((await store.notes.get('u-2', 'r-2'))?.label).toBe('internal');
    });

    it('notes: only the owner lists, gets and deletes', async () => {
      await store.notes.create({ id: 'n-1', ownerId: 'u-1', title: 'Biên bản họp giao ban', content: '# Kết luận', kind: 'meeting_summary', createdAt: at(1), data: { chuTri: 'Ông A' } });
      await store.notes.create({ id: 'n-2', ownerId: 'u-2', title: 'Ghi chú', content: 'x', kind: 'note', createdAt: at(2) });
      expect((await store.notes.list('u-1')).map((n) => n.id)).toEqual(['n-1']);
      expect((await store.notes.get('u-1', 'n-1'))?.data).toEqual({ chuTri: 'Ông A' });
      expect(await store.notes.get('u-2', 'n-1')).toBeUndefined();
      expect(await store.notes.delete('u-2', 'n-1')).toBe(false);
      expect(await store.notes.delete('u-1', 'n-1')).toBe(true);
      expect(await store.notes.list('u-1')).toEqual([]);
    });

    it('appeals: add once, list oldest first by [from, to) and status, review only a pending appeal', async () => {
      await store.appeals.add(appeal('ap-2', { time: at(2), gate: { decision: 'block', level: 4, categories: ['secret_marking'], scores: {}, maskedText: null }, comment: undefined, commentBlocked: true }));
      await store.appeals.add(appeal('ap-1', { time: at(1) }));
      await store.appeals.add(appeal('ap-1', { time: at(1), comment: 'lần hai' }));
      expect(await store.appeals.get('ap-1')).toEqual(appeal('ap-1', { time: at(1) }));
      expect((await store.appeals.get('ap-2'))?.gate.maskedText).toBeNull();
      expect((await store.appeals.list({})).map((a) => a.id)).toEqual(['ap-1', 'ap-2']);
      expect((await store.appeals.list({ from: at(2) })).map((a) => a.id)).toEqual(['ap-2']);
      expect((await store.appeals.list({ to: at(2) })).map((a) => a.id)).toEqual(['ap-1']);
      const review = { decision: 'accepted' as const, note: 'Câu hỏi về quy định chung', by: 'admin-api', at: at(3) };
      expect(await store.appeals.review('ap-1', review)).toEqual(appeal('ap-1', { time: at(1), status: 'accepted', review }));
      expect(await store.appeals.review('ap-1', { ...review, decision: 'rejected' })).toBeUndefined();
      expect(await store.appeals.review('nope', review)).toBeUndefined();
      expect((await store.appeals.list({ status: 'pending' })).map((a) => a.id)).toEqual(['ap-2']);
      expect((await store.appeals.get('ap-1'))?.status).toBe('accepted');
    });

    it('appeals: of two reviews at once, exactly one decides', async () => {
      await store.appeals.add(appeal('ap-1'));
      const by = (decision: 'accepted' | 'rejected') => store.appeals.review('ap-1', { decision, by: decision, at: at(1) });
      const [a, b] = await Promise.all([by('accepted'), by('rejected')]);
      expect([a, b].filter(Boolean)).toHaveLength(1);
      expect((await store.appeals.get('ap-1'))?.status).toBe((a ?? b)!.status);
    });

    it('knowledge sources: a file and its record, listed oldest first without the bytes; the same id stored once', async () => {
      const bytes = (text: string) => Buffer.from(text, 'utf8');
      const md = bytes('---\nsoHieu: 01/2026/QĐ-UBND\n---\n## Điều 1. Phạm vi điều chỉnh\nQuy định về tiếp công dân.\n');
      const zipped = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0x00, 0x80]);
      await store.knowledgeSources.add(source('ks-2', { uploadedAt: at(1), format: 'phapdien', fileName: 'cap-nhat.jsonl.gz' }), zipped);
      await store.knowledgeSources.add(source('ks-1'), md);
      await store.knowledgeSources.add(source('ks-1', { fileName: 'khác.md' }), bytes('other'));
      expect(await store.knowledgeSources.list()).toEqual([source('ks-1'), source('ks-2', { uploadedAt: at(1), format: 'phapdien', fileName: 'cap-nhat.jsonl.gz' })]);
      expect((await store.knowledgeSources.content('ks-1'))?.equals(md)).toBe(true);
      expect((await store.knowledgeSources.content('ks-2'))?.equals(zipped)).toBe(true);
      expect(await store.knowledgeSources.content('ks-9')).toBeUndefined();
      expect(await store.knowledgeSources.remove('ks-1')).toBe(true);
      expect(await store.knowledgeSources.remove('ks-1')).toBe(false);
      expect((await store.knowledgeSources.list()).map((s) => s.id)).toEqual(['ks-2']);
      expect(await store.knowledgeSources.content('ks-1')).toBeUndefined();
    });

    it('state: reads what was written (keys with dots and dollars too), deletes', async () => {
      const value = { 'a.b': { $c: [1, 'hai'] }, eTag: '1' };
      await store.state.write({ 'conv/1': value, 'conv/2': { n: 2 } });
      expect(await store.state.read(['conv/1', 'conv/2', 'missing'])).toEqual({ 'conv/1': value, 'conv/2': { n: 2 } });
      await store.state.delete(['conv/1']);
      expect(await store.state.read(['conv/1'])).toEqual({});
    });

    it('purge: removes old answers, feedback, revoked users\' notes and an attested audit prefix; the chain still verifies', async () => {
      await store.answers.save(answer('old', { time: at(0) }));
      await store.answers.save(answer('new', { time: at(10) }));
      await store.feedback.add(fb('f-old', { time: at(0) }));
      await store.feedback.add(fb('f-new', { time: at(10) }));
      for (const n of [0, 1, 10, 11]) await store.audit.append(ev(n));
      await store.users.upsert({ id: 'gone', name: 'Lê C', unit: 'X', role: 'user', status: 'active' });
      await store.users.upsert({ id: 'stay', name: 'Lê D', unit: 'X', role: 'user', status: 'active' });
      await store.users.setStatus('gone', 'revoked', at(1));
      await store.users.setStatus('stay', 'revoked', at(9));
      await store.notes.create({ id: 'n-gone', ownerId: 'gone', title: 't', content: 'c', kind: 'note', createdAt: at(0) });
      await store.notes.create({ id: 'n-stay', ownerId: 'stay', title: 't', content: 'c', kind: 'note', createdAt: at(0) });
      await store.appeals.add(appeal('ap-old', { time: at(0) }));
      await store.appeals.add(appeal('ap-new', { time: at(10) }));
      const counts = await store.purge({ answers: at(5), feedback: at(5), audit: at(5), revokedUserNotes: at(5), appeals: at(5) });
      expect(counts).toMatchObject({ answers: 1, feedback: 1, audit: 2, revokedUserNotes: 1, appeals: 1 });
      expect((await store.appeals.list({})).map((a) => a.id)).toEqual(['ap-new']);
      expect(await store.answers.get('old')).toBeUndefined();
      expect(await store.answers.get('new')).toBeDefined();
      expect((await collect(store.feedback.list({}))).map((f) => f.id)).toEqual(['f-new']);
      expect(await store.notes.list('gone')).toEqual([]);
      expect(await store.notes.list('stay')).toHaveLength(1);
      const chain = await collect(store.audit.list());
      expect(chain.map((e) => e.seq)).toEqual([3, 4, 5]);
      expect(chain[2]).toMatchObject({ action: 'audit_purge', details: { throughSeq: 2 } });
      expect(await verifyAuditChain(chain)).toMatchObject({ ok: true, count: 3 });
      // Purging everything old still keeps the newest event, so the chain goes on and verifies.
      await store.purge({ audit: at(100) });
      await store.audit.append(ev(101));
      expect(await verifyAuditChain(store.audit.list())).toMatchObject({ ok: true });
      expect((await collect(store.audit.list())).map((e) => e.seq)).toEqual([5, 6, 7]);
    });

    it('survives a restart: everything written is read back by a new instance', async () => {
      await store.answers.save(answer('a-1'));
      await store.feedback.add(fb('f-1', { comment: 'Câu trả lời rõ ràng, dễ hiểu' }));
      await store.audit.append(ev(1));
      await store.users.upsert({ id: 'oid-1', name: 'Phạm Thị Ê', unit: 'UBND xã', role: 'user', status: 'active' });
      await store.state.write({ k: { v: 1 } });
      await store.appeals.add(appeal('ap-1'));
      await store.knowledgeSources.add(source('ks-1'), Buffer.from('## Điều 1. Phạm vi\nNội dung.\n'));
      await store.close();
      store = await h.reopen();
      expect(await store.knowledgeSources.list()).toEqual([source('ks-1')]);
      expect((await store.knowledgeSources.content('ks-1'))?.toString('utf8')).toBe('## Điều 1. Phạm vi\nNội dung.\n');
      expect(await store.answers.get('a-1')).toEqual(answer('a-1'));
      expect((await collect(store.feedback.list({})))[0].comment).toBe('Câu trả lời rõ ràng, dễ hiểu');
      expect((await store.users.get('oid-1'))?.name).toBe('Phạm Thị Ê');
      expect(await store.state.read(['k'])).toEqual({ k: { v: 1 } });
      expect(await store.appeals.get('ap-1')).toEqual(appeal('ap-1'));
      const next = await store.audit.append(ev(2));
      expect(next.seq).toBe(2);
      expect(await verifyAuditChain(store.audit.list())).toMatchObject({ ok: true, count: 2 });
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('two instances: one audit chain, and a revocation is seen by the other at once', async () => {
      if (!h.multiInstance) return; // The embedded store serves a single service instance by design.
      const other = await h.reopen();
      extra.push(other);
      await store.users.upsert({ id: 'oid-1', name: 'Võ Văn G', unit: 'X', role: 'user', status: 'active' });
      expect((await other.users.get('oid-1'))?.status).toBe('active');
      await store.users.setStatus('oid-1', 'revoked', at(1));
      expect((await other.users.get('oid-1'))?.status).toBe('revoked');
      await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? store : other).audit.append(ev(i))));
      const all = await collect(store.audit.list());
      expect(all.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      expect((await verifyAuditChain(all)).ok).toBe(true);
    });
  });
}
