import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { PurgeCutoffs, Store } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PurgeJob {
  /** Purges once now and then every `intervalMs` (default daily). */
  start(): void;
  stop(): void;
  /** One purge; returns the counts removed per collection. */
  runOnce(): Promise<Record<string, number>>;
}

/**
 * Retention: answers, feedback, audit and appeals older than their periods are removed; notes of users revoked longer ago than
 * the notes period are removed (an active user's notebook is theirs to keep, so it is not purged by age).
 */
export function createPurgeJob(deps: {
  store: Store;
  retentionDays: { answers: number; feedback: number; audit: number; notes: number; appeals?: number };
  clock: Clock;
  logger?: Logger;
  intervalMs?: number;
}): PurgeJob {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<Record<string, number>> | undefined;
  const cutoffs = (): PurgeCutoffs => {
    const now = deps.clock.now().getTime();
    const before = (days: number) => new Date(now - days * DAY_MS);
    return {
      answers: before(deps.retentionDays.answers),
      feedback: before(deps.retentionDays.feedback),
      audit: before(deps.retentionDays.audit),
      revokedUserNotes: before(deps.retentionDays.notes),
      ...(deps.retentionDays.appeals ? { appeals: before(deps.retentionDays.appeals) } : {}),
    };
  };
  const runOnce = async () => {
    // One purge at a time per instance; a second call joins the running one.
    running ??= deps.store.purge(cutoffs()).finally(() => (running = undefined));
    const counts = await running;
    deps.logger?.info({ counts }, 'retention purge done');
    return counts;
  };
  const tick = () => {
    runOnce().catch((e: Error) => deps.logger?.error({ err: e.message }, 'retention purge failed; will retry next interval'));
  };
  return {
    start: () => {
      if (timer) return;
      tick();
      timer = setInterval(tick, deps.intervalMs ?? DAY_MS);
      timer.unref();
    },
    stop: () => {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
    runOnce,
  };
}
