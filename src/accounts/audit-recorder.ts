import type { AuditEventInput, Role } from '../store/types';
import type { Clock } from '../core/clock';
import type { Principal } from './principal';

/** Where audit events go (e.g. `{ record: (e) => store.audit.append(e) }`). */
export interface AuditRecorder {
  record(event: AuditEventInput): Promise<unknown>;
}

/** One administrative action as audited: who (principal), what (action, target), in which unit, with what outcome. */
export interface AdminAction {
  action: string;
  target?: string;
  unit?: string;
  outcome: string;
  role?: Role;
  details?: Record<string, string | number | boolean | null>;
}

/** Writes an AuditEventInput of type 'admin' for an action of `p`. */
export function recordAdmin(audit: AuditRecorder, clock: Clock, p: Principal, a: AdminAction): Promise<unknown> {
  return audit.record({
    time: clock.now(),
    type: 'admin',
    actor: p.actor,
    action: a.action,
    target: a.target,
    unit: a.unit,
    outcome: a.outcome,
    details: { via: p.via, actorRole: p.role, ...(a.role ? { role: a.role } : {}), ...a.details },
  });
}
