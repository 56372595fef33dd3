import type { StateRepository } from '../store/types';

/** What administrators did with one feedback record; times are ISO strings (kept in the store's key-value state). */
export interface FeedbackReviewState {
  reviewedBy?: string;
  reviewedAt?: string;
  /** Sent to the legal team's worklist (with the sender's note, as the gate let it through). */
  worklist?: { note?: string; by: string; at: string; resolvedBy?: string; resolvedAt?: string };
}

const reviewKey = (feedbackId: string) => `feedback/review/${feedbackId}`;
const WORKLIST_KEY = 'feedback/worklist';
const REVIEWED_KEY = 'feedback/reviewed';

/** Review states and the worklist's index on the store's key-value state, so every instance sees them. */
export function createReviewStates(state: StateRepository) {
  return {
    /** States of several records in one read; records never reviewed are absent. */
    async many(ids: string[]): Promise<Map<string, FeedbackReviewState>> {
      const out = new Map<string, FeedbackReviewState>();
      if (ids.length === 0) return out;
      const got = await state.read(ids.map(reviewKey));
      for (const id of ids) {
        const v = got[reviewKey(id)] as FeedbackReviewState | undefined;
        if (v) out.set(id, v);
      }
      return out;
    },
    async get(id: string): Promise<FeedbackReviewState> {
      return (await this.many([id])).get(id) ?? {};
    },
    async put(id: string, value: FeedbackReviewState): Promise<void> {
      await state.write({ [reviewKey(id)]: value });
      if (value.reviewedAt) {
        const ids = await this.reviewedIds();
        // The index lets the store filter reviewed records itself (a page, not a pass over every review state).
        if (!ids.includes(id)) await state.write({ [REVIEWED_KEY]: { ids: [...ids, id] } });
      }
    },
    /** Ids of every record marked reviewed. */
    async reviewedIds(): Promise<string[]> {
      const v = (await state.read([REVIEWED_KEY]))[REVIEWED_KEY] as { ids?: string[] } | undefined;
      return v?.ids ?? [];
    },
    /** Ids of feedback ever sent to the worklist, oldest first. */
    async worklistIds(): Promise<string[]> {
      const v = (await state.read([WORKLIST_KEY]))[WORKLIST_KEY] as { ids?: string[] } | undefined;
      return v?.ids ?? [];
    },
    async addToWorklist(id: string): Promise<void> {
      const ids = await this.worklistIds();
      // Read-modify-write: two administrators sending at the same instant may race; the review record still holds the entry.
      if (!ids.includes(id)) await state.write({ [WORKLIST_KEY]: { ids: [...ids, id] } });
    },
  };
}

export type ReviewStates = ReturnType<typeof createReviewStates>;
