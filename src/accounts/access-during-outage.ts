import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import { isStoreUnavailable } from '../store/availability/unavailable';
import type { AccessCheck, AccessDecision } from '../turns/route-turn';
import type { Turn } from '../turns/types';
import { serviceMessages } from '../messages/service';
import { actorOf } from './check-access';
import { vi } from './messages';

export interface OutageAccessOptions {
  mode: 'open' | 'allowlist';
  /** How long a person's last decision read from the database may stand in for it while it is unreachable. */
  graceMs: number;
  clock: Clock;
  logger?: Logger;
  /** People remembered (the oldest are forgotten first). */
  maxEntries?: number;
}

/**
 * The access check while the database is unreachable, so the bot keeps answering what needs no database (legal
 * questions): a refusal this instance has seen is always kept (revoked, locked); an allowance is kept for `graceMs`.
 * Otherwise, in open mode the person is let in as unprovisioned (as anyone of an allowed tenant would be, and nothing
 * stored can be read while the database is down); in allowlist mode they are told their account cannot be checked now.
 */
export function withAccessDuringOutage(check: AccessCheck, opts: OutageAccessOptions): AccessCheck {
  const max = opts.maxEntries ?? 50_000;
  const known = new Map<string, { decision: AccessDecision; at: number }>();
  const remember = (key: string, decision: AccessDecision) => {
    known.delete(key);
    known.set(key, { decision, at: opts.clock.now().getTime() });
    if (known.size > max) known.delete(known.keys().next().value as string);
  };
  return async (turn: Turn) => {
    const key = actorOf(turn);
    try {
      const decision = await check(turn);
      remember(key, decision);
      return decision;
    } catch (err) {
      if (!isStoreUnavailable(err)) throw err;
      const last = known.get(key);
      const age = last ? opts.clock.now().getTime() - last.at : Infinity;
      if (last && (last.decision.kind === 'denied' || age <= opts.graceMs)) return last.decision;
      opts.logger?.warn({ turnId: turn.id, mode: opts.mode }, 'access check without the database: no recent decision for this person');
      if (opts.mode === 'allowlist') return { kind: 'denied', reason: 'store_unavailable', reply: { kind: 'text', text: serviceMessages.accessUnavailable } };
      const now = opts.clock.now();
      return { kind: 'allowed', user: { id: key, upn: turn.user.upn, name: turn.user.name ?? '', unit: vi.unknownUnit, role: 'user', status: 'active', createdAt: now, updatedAt: now } };
    }
  };
}
