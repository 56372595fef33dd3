import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { UserRecord, UserRepository } from '../store/types';
import type { Turn } from '../turns/types';
import type { AuditRecorder } from './audit-recorder';
import { actorOf } from './check-access';
import { format, vi } from './messages';
import { vnDateTime } from './vn-time';

/** Sends a proactive Teams message to a person; false when they cannot be reached. */
export interface Notifier {
  notify(userId: string, text: string): Promise<boolean>;
}

export interface CompromiseOutcome {
  kind: 'locked';
  user: UserRecord;
  /** How many administrators the notice reached. */
  notified: number;
}

/** Creates the "my account is compromised" use case: lock at once, tell the unit's administrators, audit as 'security'. */
export function createCompromiseReport(deps: { users: UserRepository; audit: AuditRecorder; notifier: Notifier; clock: Clock; logger?: Logger }) {
  const { users, audit, notifier, clock } = deps;

  const tell = async (admins: UserRecord[], text: string): Promise<number> => {
    let reached = 0;
    for (const a of admins) {
      try {
        if (await notifier.notify(a.id, text)) reached++;
      } catch (err) {
        deps.logger?.warn({ err: (err as Error).message }, 'compromise notice not delivered');
      }
    }
    return reached;
  };

  return async (turn: Turn, known?: UserRecord): Promise<CompromiseOutcome> => {
    const now = clock.now();
    const id = known?.id ?? actorOf(turn);
    const current = await users.get(id);
    // An unprovisioned pilot user (ACCESS_MODE=open) gets a locked record so the lock holds on every instance.
    const user = current
      ? ((await users.setStatus(current.id, 'locked', now)) ?? current)
      : await users.upsert({ id, upn: turn.user.upn, name: turn.user.name ?? '', unit: known?.unit ?? vi.unknownUnit, role: 'user', status: 'locked', statusChangedAt: now });

    const text = format(vi.compromise.notify, { name: user.name || user.id, id: user.id, unit: user.unit, time: vnDateTime(now) });
    const active = (u: UserRecord) => u.status === 'active' && u.id !== user.id;
    let notified = await tell((await users.list({ unit: user.unit })).filter((u) => u.role === 'unit_admin' && active(u)), text);
    // Nobody in the unit could be reached: the system administrators must still learn of it at once.
    if (notified === 0) notified = await tell((await users.list()).filter((u) => u.role === 'system_admin' && active(u)), text);

    await audit.record({
      time: now, type: 'security', actor: user.id, unit: user.unit, conversationType: turn.conversation.type,
      action: 'account.compromise_reported', target: user.id, outcome: 'locked',
      details: { notified, previousStatus: current?.status ?? null },
    });
    return { kind: 'locked', user, notified };
  };
}

export type CompromiseReport = ReturnType<typeof createCompromiseReport>;
