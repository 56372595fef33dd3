import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createRecordCitationVerdicts, createRecordFeedback } from '../../../src/feedback';
import { createEmbeddedStore, type AuditEventInput, type Store } from '../../../src/store';
import { answer } from '../../contract/store-contract';
import { createFakeGate } from '../../helpers/fake-gate';

const logger = pino({ level: 'silent' });
const now = new Date('2026-03-01T02:00:00Z');
const CITED = [
  { articleId: 'lkn#D28', label: 'Điều 28 Luật Khiếu nại 02/2011/QH13' },
  { articleId: 'lkn#D33', label: 'Điều 33 Luật Khiếu nại 02/2011/QH13' },
];

describe('createRecordCitationVerdicts: which cited article of a disliked answer was wrong or outdated', () => {
  let dir: string;
  let store: Store;
  let events: AuditEventInput[];
  let rate: ReturnType<typeof createRecordFeedback>;
  let judge: ReturnType<typeof createRecordCitationVerdicts>;
  let refused: Set<string>;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verdicts-'));
    store = await createEmbeddedStore({ dataDir: dir });
    await store.answers.save(answer('act-1', { citations: CITED }));
    await store.answers.save(answer('act-0', { citations: [] }));
    events = [];
    refused = new Set();
    let n = 0;
    rate = createRecordFeedback({ store, gate: createFakeGate(), clock: { now: () => now }, logger, newId: () => `fb-${++n}` });
    const authorize = async (a: { userId: string }) => (refused.has(a.userId) ? { allowed: false as const, reason: 'revoked' } : { allowed: true as const });
    judge = createRecordCitationVerdicts({ store, clock: { now: () => now }, logger, audit: { record: async (e) => void events.push(e) }, authorize });
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a dislike of a cited answer hands back its citations for the follow-up; a like or an uncited answer does not', async () => {
    expect(await rate({ reaction: 'dislike', answerId: 'act-1', userId: 'u-1' })).toEqual({ kind: 'recorded', id: 'fb-1', answerKnown: true, commentBlocked: false, citations: [{ position: 1, label: CITED[0].label }, { position: 2, label: CITED[1].label }] });
    expect(await rate({ reaction: 'like', answerId: 'act-1', userId: 'u-1' })).not.toHaveProperty('citations');
    expect(await rate({ reaction: 'dislike', answerId: 'act-0', userId: 'u-1' })).not.toHaveProperty('citations');
    expect(await rate({ reaction: 'dislike', answerId: 'unknown', userId: 'u-1' })).not.toHaveProperty('citations');
  });

  it('stores the verdicts on the dislike, with the labels the answer cited, and audits only counts', async () => {
    await rate({ reaction: 'dislike', answerId: 'act-1', userId: 'u-1' });
    expect(await judge({ feedbackId: 'fb-1', userId: 'u-1', verdicts: { 2: 'outdated', 1: 'right' } })).toEqual({ kind: 'recorded', judged: 2 });
    expect((await store.feedback.get!('fb-1'))?.citations).toEqual([
      { position: 1, articleId: 'lkn#D28', label: CITED[0].label, verdict: 'right' },
      { position: 2, articleId: 'lkn#D33', label: CITED[1].label, verdict: 'outdated' },
    ]);
    expect(events).toEqual([expect.objectContaining({ actor: 'u-1', feature: 'feedback', outcome: 'citation_verdicts', details: { feedbackId: 'fb-1', wrong: 0, outdated: 1, right: 1 } })]);
  });

  it('ignores numbers the answer did not cite, and refuses an empty or malformed set of verdicts', async () => {
    await rate({ reaction: 'dislike', answerId: 'act-1', userId: 'u-1' });
    expect(await judge({ feedbackId: 'fb-1', userId: 'u-1', verdicts: { 1: 'wrong', 7: 'wrong' } })).toEqual({ kind: 'recorded', judged: 1 });
    expect(await judge({ feedbackId: 'fb-1', userId: 'u-1', verdicts: { 9: 'wrong' } })).toMatchObject({ kind: 'invalid' });
    expect(await judge({ feedbackId: 'fb-1', userId: 'u-1', verdicts: {} })).toMatchObject({ kind: 'invalid' });
    expect(await judge({ feedbackId: 'fb-1', userId: 'u-1', verdicts: { 1: 'maybe' } })).toMatchObject({ kind: 'invalid' });
    expect(await judge({ userId: 'u-1', verdicts: { 1: 'wrong' } })).toMatchObject({ kind: 'invalid' });
    expect((await store.feedback.get!('fb-1'))?.citations).toEqual([{ position: 1, articleId: 'lkn#D28', label: CITED[0].label, verdict: 'wrong' }]);
  });

  it('only the person who disliked, still allowed, may judge; a like or an unknown feedback takes no verdict', async () => {
    await rate({ reaction: 'dislike', answerId: 'act-1', userId: 'u-1' });
    await rate({ reaction: 'like', answerId: 'act-1', userId: 'u-2' });
    expect(await judge({ feedbackId: 'fb-1', userId: 'u-2', verdicts: { 1: 'wrong' } })).toEqual({ kind: 'denied', reason: 'not_own_dislike' });
    expect(await judge({ feedbackId: 'fb-2', userId: 'u-2', verdicts: { 1: 'wrong' } })).toEqual({ kind: 'denied', reason: 'not_own_dislike' });
    expect(await judge({ feedbackId: 'fb-404', userId: 'u-1', verdicts: { 1: 'wrong' } })).toEqual({ kind: 'unknown' });
    refused.add('u-1');
    expect(await judge({ feedbackId: 'fb-1', userId: 'u-1', verdicts: { 1: 'wrong' } })).toEqual({ kind: 'denied', reason: 'revoked' });
    expect((await store.feedback.get!('fb-1'))?.citations).toBeUndefined();
    expect(events).toEqual([]);
  });

  it('says the store is unavailable (nothing half-written) when the database cannot be reached', async () => {
    await rate({ reaction: 'dislike', answerId: 'act-1', userId: 'u-1' });
    const broken = createRecordCitationVerdicts({
      store: { answers: store.answers, feedback: { ...store.feedback, get: async () => { throw new Error('connection refused'); } } },
      clock: { now: () => now }, logger,
    });
    expect(await broken({ feedbackId: 'fb-1', userId: 'u-1', verdicts: { 1: 'wrong' } })).toEqual({ kind: 'unavailable' });
  });
});
