import { randomUUID } from 'node:crypto';
import type { AppealRecord, Zone } from '../gate/types';
import type { ConversationType, Feature } from '../store/types';

/** A refused message as an appeal may keep it (the gate's appealRecord()), and where it happened. */
export interface Refusal {
  userId: string;
  conversationId: string;
  conversationType: ConversationType;
  unit?: string;
  feature: Feature;
  zone: Zone;
  time: Date;
  record: AppealRecord;
}

/**
 * The refusals a person may still contest. Kept in memory only, and only for `ttlMs`: nothing of a blocked message
 * reaches the store unless its author appeals (then only what appealRecord() allows). A restart forgets them.
 */
export interface RefusalMemory {
  /** Keeps a refusal; returns the id its appeal button carries. */
  remember(refusal: Refusal): string;
  /**
   * The id of this person's latest refusal in this conversation that is still open to appeal (what /khieunai refers to);
   * with `justNow`, only when it was their last turn there (what the bare words "khiếu nại" refer to).
   */
  latest(userId: string, conversationId: string, opts?: { justNow?: boolean }): string | undefined;
  /** The person's own refusal under this id; undefined when unknown, expired or someone else's. */
  get(id: string, userId: string): Refusal | undefined;
  /** Forgets a refusal (once appealed). */
  forget(id: string): void;
  /** Another turn of this person in this conversation ended: the bare words "khiếu nại" no longer refer to the refusal before it. */
  turnEnded(userId: string, conversationId: string): void;
}

/** A bounded in-memory RefusalMemory: at most `max` refusals (the oldest go first), each for `ttlMs` (default 24 h). */
export function createRefusalMemory(opts: { ttlMs?: number; max?: number; now?: () => number } = {}): RefusalMemory {
  const ttl = opts.ttlMs ?? 24 * 3600_000;
  const max = opts.max ?? 500;
  const now = opts.now ?? Date.now;
  const refusals = new Map<string, { refusal: Refusal; at: number }>();
  const latest = new Map<string, string>();
  const justNow = new Set<string>();
  const where = (userId: string, conversationId: string) => `${userId}\u0000${conversationId}`;
  const live = (id: string) => {
    const entry = refusals.get(id);
    if (entry && now() - entry.at > ttl) refusals.delete(id);
    return refusals.get(id);
  };
  return {
    remember(refusal) {
      const id = randomUUID();
      refusals.set(id, { refusal, at: now() });
      const key = where(refusal.userId, refusal.conversationId);
      latest.delete(key);
      latest.set(key, id);
      justNow.add(key);
      while (refusals.size > max) refusals.delete(refusals.keys().next().value as string);
      while (latest.size > max) {
        const oldest = latest.keys().next().value as string;
        latest.delete(oldest);
        justNow.delete(oldest);
      }
      return id;
    },
    latest(userId, conversationId, opts = {}) {
      const key = where(userId, conversationId);
      if (opts.justNow && !justNow.has(key)) return undefined;
      const id = latest.get(key);
      return id && live(id) ? id : undefined;
    },
    get(id, userId) {
      const entry = live(id);
      return entry && entry.refusal.userId === userId ? entry.refusal : undefined;
    },
    forget(id) {
      refusals.delete(id);
    },
    turnEnded(userId, conversationId) {
      justNow.delete(where(userId, conversationId));
    },
  };
}
