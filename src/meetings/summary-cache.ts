import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock';
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

/** Short-lived, in-memory store of the last summaries (never persisted: only saving writes to the notebook). */
export interface SummaryCache {
  put(key: string, entry: Omit<PendingSummary, 'id' | 'key' | 'createdAt'>): PendingSummary;
  /** The latest summary for this user in this chat, if not expired. */
  latest(key: string): PendingSummary | undefined;
  /** A summary by id, only if it belongs to `key` and has not expired. */
  get(key: string, id: string): PendingSummary | undefined;
  remove(id: string): void;
}

/** The cache key of a turn: the channel user and the conversation. */
export function summaryKey(turn: { user: { id: string }; conversation: { id: string } }): string {
  return `${turn.user.id}\u0000${turn.conversation.id}`;
}

/** Creates the cache; entries expire after `ttlMs` (default 30 minutes) and the oldest go beyond `maxEntries`. */
export function createSummaryCache(opts: { clock: Clock; ttlMs?: number; maxEntries?: number }): SummaryCache {
  const ttlMs = opts.ttlMs ?? 30 * 60_000;
  const maxEntries = opts.maxEntries ?? 500;
  const byId = new Map<string, PendingSummary>();
  const fresh = (e: PendingSummary | undefined) => (e && opts.clock.now().getTime() - e.createdAt.getTime() <= ttlMs ? e : undefined);
  const sweep = () => {
    for (const [id, e] of byId) if (!fresh(e)) byId.delete(id);
    while (byId.size > maxEntries) byId.delete(byId.keys().next().value as string);
  };
  return {
    put(key, entry) {
      sweep();
      const e: PendingSummary = { ...entry, id: randomUUID(), key, createdAt: opts.clock.now() };
      byId.set(e.id, e);
      return e;
    },
    latest(key) {
      let last: PendingSummary | undefined;
      for (const e of byId.values()) if (e.key === key && fresh(e)) last = e;
      return last;
    },
    get(key, id) {
      const e = fresh(byId.get(id));
      return e && e.key === key ? e : undefined;
    },
    remove(id) {
      byId.delete(id);
    },
  };
}
