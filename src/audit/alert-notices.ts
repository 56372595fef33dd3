import type { Logger } from '../core/logger';
import type { UserRecord, UserRepository } from '../store/types';
import { vnDateTime } from '../accounts/vn-time';
import { categoriesLabel } from '../messages/exports';
import type { AuditLog } from './audit-log';
import { isAlert } from './alerts';
import m from './alerts.vi.json';
import { fillTemplate } from '../core/template';

const fill = (t: string, v: Record<string, string | number>) => fillTemplate(t, v);

/**
 * The audit log, telling the unit's administrators in Teams of every level-4 or forbidden-purpose attempt it records
 * (category, level, time and person: never the text); the system administrators when nobody in the unit can be
 * reached. The notice goes out after the event is recorded and never delays or fails the turn.
 */
export function withAlertNotices(log: AuditLog, deps: { users: Pick<UserRepository, 'get' | 'list'>; notify: (userId: string, text: string) => Promise<boolean>; logger: Logger }): AuditLog & { idle(): Promise<void> } {
  let pending: Promise<void> = Promise.resolve();
  async function tell(event: Parameters<AuditLog['record']>[0]): Promise<void> {
    const person = await deps.users.get(event.actor);
    const unit = event.unit ?? person?.unit;
    const text = fill(m.notice, {
      name: person?.name || event.actor, unit: unit ?? '—', categories: categoriesLabel((event.gate?.categories ?? []).join('; ')),
      level: event.gate?.level ?? '', time: vnDateTime(event.time ?? new Date()),
    });
    const active = (u: UserRecord) => u.status === 'active' && u.id !== person?.id;
    const reach = async (admins: UserRecord[]) => {
      let n = 0;
      for (const a of admins) if (await deps.notify(a.id, text).catch(() => false)) n++;
      return n;
    };
    let reached = unit ? await reach((await deps.users.list({ unit })).filter((u) => u.role === 'unit_admin' && active(u))) : 0;
    if (reached === 0) reached = await reach((await deps.users.list()).filter((u) => u.role === 'system_admin' && active(u)));
    deps.logger.info({ reached, level: event.gate?.level }, 'alert notice sent to administrators');
  }
  return {
    ...log,
    record: async (event) => {
      const result = await log.record(event);
      if (event.gate && isAlert({ gate: event.gate })) {
        pending = pending.then(() => tell(event)).catch((e: unknown) => deps.logger.warn({ err: (e as Error).message }, 'alert notice failed'));
      }
      return result;
    },
    /** Resolves when every notice started so far has been sent (tests, shutdown). */
    idle: () => pending,
  };
}
