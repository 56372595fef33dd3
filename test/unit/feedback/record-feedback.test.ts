import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createRecordFeedback } from '../../../src/feedback';
import { buildFeedbackCard } from '../../../src/bot/replies/feedback-card';
import { createEmbeddedStore, type AuditEventInput, type FeedbackRecord, type Store } from '../../../src/store';
import { answer } from '../../contract/store-contract';
import { createFakeGate } from '../../helpers/fake-gate';

const logger = pino({ level: 'silent' });
const now = new Date('2026-03-01T02:00:00Z');

describe('createRecordFeedback', () => {
  let dir: string;
  let store: Store;
  let events: AuditEventInput[];
  let gate: ReturnType<typeof createFakeGate>;
  let record: ReturnType<typeof createRecordFeedback>;
  const stored = async () => {
    const out: FeedbackRecord[] = [];
    for await (const f of store.feedback.list({})) out.push(f);
    return out;
  };
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedback-'));
    store = await createEmbeddedStore({ dataDir: dir });
    await store.answers.save(answer('act-1', { unit: 'Sở Tư pháp' }));
    events = [];
    gate = createFakeGate();
    let n = 0;
    record = createRecordFeedback({ store, gate, clock: { now: () => now }, logger, newId: () => `fb-${++n}`, audit: { record: async (e) => void events.push(e) } });
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores a Teams feedback-loop like with its JSON-encoded comment, linked to the answer, and audits it', async () => {
    const result = await record({ reaction: 'like', feedback: '{"feedbackText":"Trả lời đúng, có trích dẫn Điều 28"}', replyToId: 'act-1', userId: 'aad-1', conversationType: 'personal' });
    expect(result).toEqual({ kind: 'recorded', id: 'fb-1', answerKnown: true, commentBlocked: false });
    expect(await stored()).toEqual([{ id: 'fb-1', time: now, answerId: 'act-1', userId: 'aad-1', unit: 'Sở Tư pháp', conversationType: 'personal', reaction: 'like', comment: 'Trả lời đúng, có trích dẫn Điều 28' }]);
    expect(gate.calls).toEqual([{ source: 'feedback' }]);
    expect(events).toEqual([expect.objectContaining({ type: 'turn', feature: 'feedback', actor: 'aad-1', outcome: 'recorded', details: { reaction: 'like', answerKnown: true, hasComment: true } })]);
  });

  it('accepts the card fallback shape (answerId, no comment) and an empty comment', async () => {
    expect(await record({ reaction: 'dislike', answerId: 'act-1', userId: 'aad-2', conversationType: 'groupChat' })).toMatchObject({ kind: 'recorded' });
    expect(await record({ reaction: 'like', feedback: '{"feedbackText":"   "}', replyToId: 'act-1', userId: 'aad-3' })).toMatchObject({ kind: 'recorded' });
    const rows = await stored();
    expect(rows.map((r) => [r.reaction, r.comment, r.conversationType])).toEqual([['dislike', undefined, 'groupChat'], ['like', undefined, 'personal']]);
    expect(gate.calls).toHaveLength(0);
  });

  it.each([
    ['an unknown reaction', { reaction: 'love', replyToId: 'act-1', userId: 'u' }, 'reaction'],
    ['no answer id', { reaction: 'like', userId: 'u' }, 'answerId'],
    ['no user', { reaction: 'like', replyToId: 'act-1' }, 'userId'],
    ['a comment that is not JSON', { reaction: 'like', replyToId: 'act-1', userId: 'u', feedback: 'không phải JSON' }, 'feedback'],
    ['a comment JSON of the wrong shape', { reaction: 'like', replyToId: 'act-1', userId: 'u', feedback: '{"feedbackText":42}' }, 'feedback'],
    ['not an object', 'like', 'input'],
  ])('rejects %s as invalid and stores nothing', async (_name, input, field) => {
    const result = await record(input);
    expect(result).toMatchObject({ kind: 'invalid' });
    expect(result.kind === 'invalid' && result.issues).toContain(field);
    expect(await stored()).toEqual([]);
    expect(events).toEqual([]);
  });

  it('stores only the reaction when the gate blocks the comment', async () => {
    const result = await record({ reaction: 'dislike', feedback: '{"feedbackText":"Văn bản MẬT số 12 nói khác"}', replyToId: 'act-1', userId: 'u' });
    expect(result).toMatchObject({ kind: 'recorded', commentBlocked: true });
    const [row] = await stored();
    expect(row.comment).toBeUndefined();
    expect(row.commentBlocked).toBe(true);
    expect(JSON.stringify(events)).not.toContain('MẬT');
    expect(events[0]).toMatchObject({ outcome: 'recorded_comment_blocked', gate: { decision: 'block' } });
    expect(fs.readFileSync(path.join(dir, 'store', 'feedback.jsonl'), 'utf8')).not.toContain('MẬT');
  });

  it('stores the redacted comment when the gate redacts it', async () => {
    await record({ reaction: 'dislike', feedback: '{"feedbackText":"Công dân có CCCD 001203004567 chưa được trả lời"}', replyToId: 'act-1', userId: 'u' });
    const [row] = await stored();
    expect(row.comment).toBe('Công dân có CCCD [CCCD_1] chưa được trả lời');
    expect(fs.readFileSync(path.join(dir, 'store', 'feedback.jsonl'), 'utf8')).not.toContain('001203004567');
  });

  it('stores nothing when the access check refuses the person, and takes the unit from it otherwise', async () => {
    const seen: unknown[] = [];
    const guarded = createRecordFeedback({
      store, gate, clock: { now: () => now }, logger, audit: { record: async (e) => void events.push(e) },
      authorize: async (actor) => (seen.push(actor), actor.userId === 'revoked' ? { allowed: false, reason: 'revoked' } : { allowed: true, unit: 'UBND xã Tân Lợi' }),
    });
    expect(await guarded({ reaction: 'like', feedback: '{"feedbackText":"vẫn gửi được"}', replyToId: 'act-1', userId: 'revoked', tenantId: 't-1' })).toEqual({ kind: 'denied', reason: 'revoked' });
    expect(seen).toEqual([{ userId: 'revoked', tenantId: 't-1', conversationType: undefined }]);
    expect(await stored()).toEqual([]);
    expect(events).toEqual([]);
    expect(gate.calls).toEqual([]);
    await guarded({ reaction: 'like', replyToId: 'unknown-answer', userId: 'ok' });
    expect((await stored())[0].unit).toBe('UBND xã Tân Lợi');
  });

  it('stores feedback on an unknown answer id, saying the answer is unknown', async () => {
    expect(await record({ reaction: 'like', replyToId: 'gone', userId: 'u' })).toMatchObject({ kind: 'recorded', answerKnown: false });
    expect((await stored())[0]).toMatchObject({ answerId: 'gone', unit: undefined });
  });
});

describe('buildFeedbackCard', () => {
  it('has Thích and Không thích buttons submitting the answer id', () => {
    const card = buildFeedbackCard('act-9') as { type: string; actions: { title: string; data: unknown }[] };
    expect(card.type).toBe('AdaptiveCard');
    expect(card.actions.map((a) => a.title).join(' ')).toMatch(/Thích.*Không thích/);
    expect(card.actions.map((a) => a.data)).toEqual([
      { action: 'feedback', reaction: 'like', answerId: 'act-9' },
      { action: 'feedback', reaction: 'dislike', answerId: 'act-9' },
    ]);
  });
});
