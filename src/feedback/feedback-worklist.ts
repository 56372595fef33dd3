import type { Clock } from '../core/clock';
import { recordAdmin, type AuditRecorder } from '../accounts/audit-recorder';
import type { Refusal } from '../accounts/policy';
import type { Principal } from '../accounts/principal';
import type { AnswerRepository, FeedbackRecord, FeedbackRepository, StoredCitation } from '../store/types';
import type { FeedbackReviewState, ReviewStates } from './review-state';

/** One open worklist entry: a feedback record sent to the legal team, with its note and question. */
export interface WorklistEntry {
  feedback: FeedbackRecord;
  question?: string;
  worklist: NonNullable<FeedbackReviewState['worklist']>;
}

/** The entries that cite one article (or none: `citation` absent), so the legal team fixes a source once. */
export interface WorklistGroup {
  citation?: StoredCitation;
  entries: WorklistEntry[];
  dislikes: number;
}

export type WorklistResult = { kind: 'ok'; groups: WorklistGroup[]; resolved: number } | Refusal;
export type ResolveResult = { kind: 'ok'; resolved: number } | Refusal;

const READERS = new Set<Principal['role']>(['system_admin', 'auditor']);

/** The legal team's worklist: open entries grouped by cited article (most dislikes first); system administrators resolve. */
export function createFeedbackWorklist(deps: { feedback: FeedbackRepository; answers: AnswerRepository; reviews: ReviewStates; audit: AuditRecorder; clock: Clock }) {
  async function open(): Promise<{ entries: (WorklistEntry & { citations: StoredCitation[] })[]; resolved: number }> {
    const ids = await deps.reviews.worklistIds();
    const states = await deps.reviews.many(ids);
    const entries: (WorklistEntry & { citations: StoredCitation[] })[] = [];
    let resolved = 0;
    for (const id of ids) {
      const w = states.get(id)?.worklist;
      if (!w) continue;
      if (w.resolvedAt) {
        resolved++;
        continue;
      }
      const f = deps.feedback.get ? await deps.feedback.get(id) : undefined;
      if (!f) continue;
      const a = await deps.answers.get(f.answerId);
      entries.push({ feedback: f, question: a?.question, worklist: w, citations: a?.citations ?? [] });
    }
    return { entries, resolved };
  }

  return {
    async list(p: Principal): Promise<WorklistResult> {
      if (!READERS.has(p.role)) return { kind: 'forbidden', reason: 'role' };
      const { entries, resolved } = await open();
      const groups = new Map<string, WorklistGroup>();
      for (const { citations, ...e } of entries) {
        const cited = citations.length > 0 ? citations : [undefined];
        for (const c of cited) {
          const key = c?.articleId ?? '';
          const g = groups.get(key) ?? { citation: c, entries: [], dislikes: 0 };
          g.entries.push(e);
          if (e.feedback.reaction === 'dislike') g.dislikes++;
          groups.set(key, g);
        }
      }
      const sorted = [...groups.values()].sort((a, b) => b.dislikes - a.dislikes || b.entries.length - a.entries.length);
      return { kind: 'ok', groups: sorted, resolved };
    },

    /** Marks every open entry citing `articleId` (empty: those citing nothing) as resolved. */
    async resolve(p: Principal, articleId: string): Promise<ResolveResult> {
      if (p.role !== 'system_admin') {
        await recordAdmin(deps.audit, deps.clock, p, { action: 'worklist.resolve', target: articleId, outcome: 'forbidden' });
        return { kind: 'forbidden', reason: 'role' };
      }
      const { entries } = await open();
      const now = deps.clock.now().toISOString();
      let resolved = 0;
      for (const e of entries) {
        const cites = e.citations.length === 0 ? articleId === '' : e.citations.some((c) => c.articleId === articleId);
        if (!cites) continue;
        const review = await deps.reviews.get(e.feedback.id);
        await deps.reviews.put(e.feedback.id, { ...review, worklist: { ...e.worklist, resolvedBy: p.actor, resolvedAt: now } });
        resolved++;
      }
      await recordAdmin(deps.audit, deps.clock, p, { action: 'worklist.resolve', target: articleId || '-', outcome: 'ok', details: { resolved } });
      return { kind: 'ok', resolved };
    },
  };
}

export type FeedbackWorklist = ReturnType<typeof createFeedbackWorklist>;
