import { createHash, randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock';
import { createMemoryExpiring } from '../store/expiring/memory-expiring';
import type { ExpiringRepository } from '../store/types';
import type { MeetingMinutes } from './minutes';
import type { AtRest } from './note-at-rest';

/** A summary just shown to a user, kept briefly so that "lưu" or the card button can save it. */
export interface PendingSummary {
  id: string;
  /** Channel user id + conversation id: only the person who asked, in that chat, can save it. */
  key: string;
  title: string;
  markdown: string;
  minutes: MeetingMinutes;
  /** The same minutes with the gate's placeholders and the values behind them: what the notebook stores. */
  atRest?: AtRest;
  /** The sensitivity label of the summarised text ("internal": level 2 allowed on-premises). */
  label?: 'internal';
  createdAt: Date;
}

/**
 * Short-lived store of the last summaries. It lives in the store's expiring values, so "lưu" works on whichever instance
 * the next message reaches; it holds what the notebook would hold if saved, and expires on its own.
 */
export interface SummaryCache {
  put(key: string, entry: Omit<PendingSummary, 'id' | 'key' | 'createdAt'>): Promise<PendingSummary>;
  /** The latest summary for this user in this chat, if not expired. */
  latest(key: string): Promise<PendingSummary | undefined>;
  /** A summary by id, only if it belongs to `key` and has not expired. */
  get(key: string, id: string): Promise<PendingSummary | undefined>;
  remove(id: string): Promise<void>;
}

/** The cache key of a turn: the channel user and the conversation. */
export function summaryKey(turn: { user: { id: string }; conversation: { id: string } }): string {
  return `${turn.user.id}\u0000${turn.conversation.id}`;
}

const SUMMARIES = 'meeting-summary';
const LATEST = 'meeting-summary-latest';
// Store keys carry no channel ids as such (and no NUL): a digest of the user and conversation.
const digest = (key: string) => createHash('sha256').update(key).digest('base64url');

/** Creates the cache over `expiring` (the store's; in this process only when absent); entries expire after `ttlMs` (default 30 minutes). */
export function createSummaryCache(opts: { clock: Clock; ttlMs?: number; expiring?: ExpiringRepository }): SummaryCache {
  const ttlMs = opts.ttlMs ?? 30 * 60_000;
  const expiring = opts.expiring ?? createMemoryExpiring(opts.clock, 500);
  const revive = (e: PendingSummary | undefined) => (e ? { ...e, createdAt: new Date(e.createdAt) } : undefined);
  const get = async (key: string, id: string) => {
    const e = revive(await expiring.get<PendingSummary>(SUMMARIES, id));
    return e && e.key === key ? e : undefined;
  };
  return {
    async put(key, entry) {
      const e: PendingSummary = { ...entry, id: randomUUID(), key, createdAt: opts.clock.now() };
      await expiring.put(SUMMARIES, e.id, e, ttlMs);
      await expiring.put(LATEST, digest(key), e.id, ttlMs);
      return e;
    },
    async latest(key) {
      const id = await expiring.get<string>(LATEST, digest(key));
      return id ? get(key, id) : undefined;
    },
    get,
    async remove(id) {
      await expiring.delete(SUMMARIES, id);
    },
  };
}
