import type { Clock } from '../core/clock';
import type { Gate } from '../gate/types';
import { foldDiacritics } from '../core/vietnamese';
import { recordAdmin, type AuditRecorder } from '../accounts/audit-recorder';
import { readScope, type Refusal } from '../accounts/policy';
import type { Principal } from '../accounts/principal';
import type { AnswerRecord, AnswerRepository, FeedbackPageQuery, FeedbackRecord, FeedbackRepository, Reaction } from '../store/types';
import type { FeedbackReviewState, ReviewStates } from './review-state';
import { feedbackExportRows, type FeedbackExportRow } from './feedback-export-rows';

/** The review list's filters: the store filters the first five, the rest after joining answers and review states. */
export interface FeedbackFilters {
  reaction?: Reaction;
  hasComment?: boolean;
  from?: Date;
  to?: Date;
  unit?: string;
  /** Words the stored question contains (with or without diacritics). */
  topic?: string;
  /** Part of a cited document's label, e.g. "13/2023/NĐ-CP" or "Luật Đất đai". */
  document?: string;
  reviewed?: boolean;
}

/** One feedback record with its answer (absent when purged) and what administrators did with it. */
export interface FeedbackItem {
  feedback: FeedbackRecord;
  answer?: AnswerRecord;
  review: FeedbackReviewState;
}

export type FeedbackPage = { kind: 'ok'; unit?: string; items: FeedbackItem[]; next?: string } | Refusal;
export type FeedbackOne = { kind: 'ok'; item: FeedbackItem } | { kind: 'not_found'; id: string } | Refusal;
export type FeedbackAction = FeedbackOne | { kind: 'note_blocked' };
export type FeedbackExport = { kind: 'ok'; rows: AsyncIterable<FeedbackExportRow> } | Refusal;

const EXPORTERS = new Set<Principal['role']>(['system_admin', 'auditor']);

/** Screens an administrator's free text like any other text: blocked, or the text to keep (identifiers replaced). */
export type ScreenNote = (text: string) => { kind: 'ok'; text: string } | { kind: 'blocked' };

export interface FeedbackReviewDeps {
  feedback: FeedbackRepository;
  answers: AnswerRepository;
  reviews: ReviewStates;
  audit: AuditRecorder;
  clock: Clock;
  screen: ScreenNote;
}

const words = (s: string) => foldDiacritics(s).split(/[^\p{L}\p{N}/-]+/u).filter(Boolean);
const encodeCursor = (f: FeedbackRecord) => Buffer.from(`${f.time.toISOString()}|${f.id}`).toString('base64url');

/** The keyset cursor of a page link; undefined when malformed. */
export function decodeCursor(cursor: string): { time: Date; id: string } | undefined {
  const [time, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const d = new Date(time);
  return Number.isNaN(d.getTime()) || rest.length === 0 ? undefined : { time: d, id: rest.join('|') };
}

/** Whether `p` may act on feedback of `unit`: system administrators anywhere, unit administrators in their unit. */
function checkAct(p: Principal, unit: string | undefined): Refusal | undefined {
  if (p.role === 'system_admin') return undefined;
  if (p.role === 'unit_admin') return unit !== undefined && unit === p.unit ? undefined : { kind: 'forbidden', reason: 'other_unit', unit: p.unit };
  return { kind: 'forbidden', reason: 'role' };
}

/**
 * Feedback review for administrators: newest-first pages with filters, a record with its answer, marking reviewed and
 * sending to the legal team's worklist. Unit administrators see and act on their unit only; auditors read; all audited.
 */
export function createFeedbackReview(deps: FeedbackReviewDeps) {
  const { audit, clock } = deps;

  async function answersOf(records: FeedbackRecord[]): Promise<Map<string, AnswerRecord>> {
    const ids = [...new Set(records.map((f) => f.answerId))];
    if (deps.answers.getMany) return deps.answers.getMany(ids);
    return new Map((await Promise.all(ids.map(async (id) => [id, await deps.answers.get(id)] as const))).filter((e): e is [string, AnswerRecord] => !!e[1]));
  }

  async function join(records: FeedbackRecord[]): Promise<FeedbackItem[]> {
    const answers = await answersOf(records);
    const reviews = await deps.reviews.many(records.map((f) => f.id));
    return records.map((f) => ({ feedback: f, answer: answers.get(f.answerId), review: reviews.get(f.id) ?? {} }));
  }

  /** The filters applied after the store's: on the review state (cheap to join) and on the answer (a record read each). */
  function joinedFilters(f: FeedbackFilters): { review?: (r: FeedbackReviewState) => boolean; answer?: (a: AnswerRecord | undefined) => boolean } {
    const topic = f.topic ? words(f.topic) : [];
    const doc = f.document ? foldDiacritics(f.document).replace(/\s+/g, ' ').trim() : '';
    return {
      review: f.reviewed === undefined ? undefined : (r) => Boolean(r.reviewedAt) === f.reviewed,
      answer: topic.length === 0 && !doc ? undefined : (a) => {
        if (topic.length > 0) {
          const q = new Set(words(a?.question ?? ''));
          if (!topic.every((w) => q.has(w))) return false;
        }
        return !doc || (a?.citations ?? []).some((c) => foldDiacritics(c.label).replace(/\s+/g, ' ').includes(doc));
      },
    };
  }

  function joinedFilter(f: FeedbackFilters): ((i: FeedbackItem) => boolean) | undefined {
    const { review, answer } = joinedFilters(f);
    if (!review && !answer) return undefined;
    return (i) => (!review || review(i.review)) && (!answer || answer(i.answer));
  }

  /**
   * Store pages (newest first), then the joined filters. Rounds grow fivefold: to 5,000 records when answers must be read
   * (memory stays bounded), to 100,000 when only review states are; the page's own answers are read at the end.
   */
  async function scan(q: Omit<FeedbackPageQuery, 'limit' | 'before'>, before: FeedbackPageQuery['before'], limit: number, f: ReturnType<typeof joinedFilters>) {
    const out: { feedback: FeedbackRecord; review: FeedbackReviewState; answer?: AnswerRecord }[] = [];
    const filtered = Boolean(f.review || f.answer);
    const max = f.answer ? 5_000 : 100_000;
    let chunk = filtered ? 200 : limit + 1;
    for (;;) {
      const records = deps.feedback.page ? await deps.feedback.page({ ...q, before, limit: chunk }) : await fallbackPage(q, before, chunk);
      const reviews = await deps.reviews.many(records.map((r) => r.id));
      const state = (r: FeedbackRecord) => reviews.get(r.id) ?? {};
      let kept = f.review ? records.filter((r) => f.review!(state(r))) : records;
      const answers = f.answer && kept.length > 0 ? await answersOf(kept) : undefined;
      if (f.answer) kept = kept.filter((r) => f.answer!(answers?.get(r.answerId)));
      for (const r of kept) out.push({ feedback: r, review: state(r), answer: answers?.get(r.answerId) });
      if (out.length > limit || records.length < chunk) break;
      const last = records[records.length - 1];
      before = { time: last.time, id: last.id };
      chunk = Math.min(chunk * 5, max);
    }
    const page = out.slice(0, limit + 1);
    const missing = page.filter((i) => !i.answer).map((i) => i.feedback);
    const found = missing.length > 0 ? await answersOf(missing) : new Map<string, AnswerRecord>();
    return page.map((i): FeedbackItem => ({ ...i, answer: i.answer ?? found.get(i.feedback.answerId) }));
  }

  // A repository without paging (tests' fakes): read everything once.
  async function fallbackPage(q: Omit<FeedbackPageQuery, 'limit' | 'before'>, before: FeedbackPageQuery['before'], limit: number) {
    const all: FeedbackRecord[] = [];
    for await (const f of deps.feedback.list(q)) {
      if (q.hasComment !== undefined && q.hasComment !== Boolean(f.comment)) continue;
      if ((q.ids && !q.ids.includes(f.id)) || q.excludeIds?.includes(f.id)) continue;
      if (before && !(f.time < before.time || (f.time.getTime() === before.time.getTime() && f.id < before.id))) continue;
      all.push(f);
    }
    return all.sort((a, b) => b.time.getTime() - a.time.getTime() || (a.id < b.id ? 1 : -1)).slice(0, limit);
  }

  async function load(p: Principal, id: string, action: string): Promise<FeedbackOne> {
    const f = deps.feedback.get ? await deps.feedback.get(id) : undefined;
    if (!f) return { kind: 'not_found', id };
    const scope = readScope(p, f.unit ?? '');
    if ('kind' in scope) {
      await recordAdmin(audit, clock, p, { action, target: id, unit: f.unit, outcome: 'forbidden' });
      return scope;
    }
    return { kind: 'ok', item: (await join([f]))[0] };
  }

  async function act(p: Principal, id: string, action: string, change: (item: FeedbackItem, now: string) => FeedbackReviewState, details?: Record<string, string | number | boolean>): Promise<FeedbackOne> {
    const r = await load(p, id, action);
    if (r.kind !== 'ok') return r;
    const refusal = checkAct(p, r.item.feedback.unit);
    if (refusal) {
      await recordAdmin(audit, clock, p, { action, target: id, unit: r.item.feedback.unit, outcome: 'forbidden' });
      return refusal;
    }
    const review = change(r.item, clock.now().toISOString());
    await deps.reviews.put(id, review);
    await recordAdmin(audit, clock, p, { action, target: id, unit: r.item.feedback.unit, outcome: 'ok', details });
    return { kind: 'ok', item: { ...r.item, review } };
  }

  return {
    /** A page of at most `limit` records after `cursor`; `next` continues it. */
    async list(p: Principal, filters: FeedbackFilters, opts: { cursor?: string; limit?: number } = {}): Promise<FeedbackPage> {
      const scope = readScope(p, filters.unit);
      if ('kind' in scope) return scope;
      const limit = opts.limit ?? 25;
      const before = opts.cursor ? decodeCursor(opts.cursor) : undefined;
      // The reviewed ids go to the store as an id filter: a page, not a pass over every review state.
      const reviewed = filters.reviewed === undefined ? {} : filters.reviewed ? { ids: await deps.reviews.reviewedIds() } : { excludeIds: await deps.reviews.reviewedIds() };
      const q = { from: filters.from, to: filters.to, reaction: filters.reaction, unit: scope.unit, hasComment: filters.hasComment, ...reviewed };
      const found = await scan(q, before, limit, joinedFilters({ ...filters, reviewed: undefined }));
      const items = found.slice(0, limit);
      return { kind: 'ok', unit: scope.unit, items, ...(found.length > limit ? { next: encodeCursor(items[items.length - 1].feedback) } : {}) };
    },

    /** The export of every record the filters keep (oldest first, streamed): system administrators and auditors, audited. */
    async exportRows(p: Principal, filters: FeedbackFilters, pseudonymize: (userId: string | undefined) => string): Promise<FeedbackExport> {
      if (!EXPORTERS.has(p.role)) {
        await recordAdmin(audit, clock, p, { action: 'feedback.export', outcome: 'forbidden' });
        return { kind: 'forbidden', reason: 'role' };
      }
      const joined = joinedFilter(filters);
      const keep = async (batch: { feedback: FeedbackRecord; answer?: AnswerRecord }[]) => {
        const reviews = joined ? await deps.reviews.many(batch.map((b) => b.feedback.id)) : new Map<string, FeedbackReviewState>();
        return batch.map(({ feedback, answer }) =>
          (filters.hasComment === undefined || filters.hasComment === Boolean(feedback.comment)) &&
          (!joined || joined({ feedback, answer, review: reviews.get(feedback.id) ?? {} })));
      };
      const query = { from: filters.from, to: filters.to, reaction: filters.reaction, unit: filters.unit };
      await recordAdmin(audit, clock, p, { action: 'feedback.export', unit: filters.unit, outcome: 'ok' });
      return { kind: 'ok', rows: feedbackExportRows({ feedback: deps.feedback, answers: deps.answers, query, pseudonymize, keep }) };
    },

    /** One record with its answer and review; reading a record is audited. */
    async get(p: Principal, id: string): Promise<FeedbackOne> {
      const r = await load(p, id, 'feedback.read');
      if (r.kind === 'ok') await recordAdmin(audit, clock, p, { action: 'feedback.read', target: id, unit: r.item.feedback.unit, outcome: 'ok' });
      return r;
    },

    /** Marks a record reviewed (again: the latest reviewer and time stand). */
    markReviewed: (p: Principal, id: string) =>
      act(p, id, 'feedback.review', (i, now) => ({ ...i.review, reviewedBy: p.actor, reviewedAt: now })),

    /** Sends a record to the legal team's worklist with a note (screened by the gate); it counts as reviewed. */
    async sendToWorklist(p: Principal, id: string, note?: string): Promise<FeedbackAction> {
      let kept: string | undefined;
      if (note?.trim()) {
        const screened = deps.screen(note.trim());
        if (screened.kind === 'blocked') return { kind: 'note_blocked' };
        kept = screened.text;
      }
      const r = await act(p, id, 'feedback.worklist', (i, now) => ({
        ...i.review, reviewedBy: i.review.reviewedBy ?? p.actor, reviewedAt: i.review.reviewedAt ?? now,
        worklist: { ...(kept ? { note: kept } : {}), by: p.actor, at: now },
      }), { hasNote: kept !== undefined });
      if (r.kind === 'ok') await deps.reviews.addToWorklist(id);
      return r;
    },
  };
}

export type FeedbackReview = ReturnType<typeof createFeedbackReview>;

/** An administrator's note through the gate, as the feedback comment is: blocked, or kept with identifiers replaced. */
export function screenWithGate(gate: Pick<Gate, 'screen'>): ScreenNote {
  return (text) => {
    try {
      const v = gate.screen(text, { source: 'feedback' });
      return v.decision === 'block' ? { kind: 'blocked' } : { kind: 'ok', text: v.text };
    } catch {
      // Fail closed, as for comments: a note the gate could not screen is not stored.
      return { kind: 'blocked' };
    }
  };
}
