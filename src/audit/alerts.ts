import type { Clock } from '../core/clock';
import { recordAdmin, type AuditRecorder } from '../accounts/audit-recorder';
import { readScope, type Refusal } from '../accounts/policy';
import type { Principal } from '../accounts/principal';
import { PURPOSE_CATEGORIES } from '../gate/types';
import type { AuditEvent, AuditRepository, Feature } from '../store/types';

/** A serious attempt: a level-4 text or a forbidden purpose, as the audit log holds it (never any text). */
export interface Alert {
  seq: number;
  time: Date;
  actor: string;
  unit?: string;
  level: number;
  categories: string[];
  feature?: Feature;
}

export type AlertsResult = { kind: 'ok'; unit?: string; alerts: Alert[]; truncated: boolean } | Refusal;

const PURPOSES = new Set<string>(PURPOSE_CATEGORIES);

/** True for a blocked event of level 4 or with a forbidden purpose. */
export function isAlert(e: Pick<AuditEvent, 'gate'>): boolean {
  if (e.gate?.decision !== 'block') return false;
  return e.gate.level === 4 || e.gate.categories.some((c) => PURPOSES.has(c));
}

/**
 * Alerts for administrators: the serious blocked attempts of a period, newest first (at most `limit`). Unit
 * administrators see their own staff's only; every viewing is audited, since it shows who tried what kind of thing.
 */
export function createAlerts(deps: { auditLog: Pick<AuditRepository, 'list'>; audit: AuditRecorder; clock: Clock }) {
  return async (p: Principal, q: { from: Date; to: Date; unit?: string; limit?: number }): Promise<AlertsResult> => {
    const scope = readScope(p, q.unit);
    if ('kind' in scope) {
      await recordAdmin(deps.audit, deps.clock, p, { action: 'alerts.read', unit: q.unit, outcome: 'forbidden' });
      return scope;
    }
    const limit = q.limit ?? 500;
    const newest: Alert[] = [];
    let truncated = false;
    for await (const e of deps.auditLog.list({ from: q.from, to: q.to, ...(scope.unit ? { unit: scope.unit } : {}) })) {
      if (!isAlert(e) || (scope.unit !== undefined && e.unit !== scope.unit)) continue;
      newest.push({ seq: e.seq, time: new Date(e.time), actor: e.actor, unit: e.unit, level: e.gate!.level, categories: [...e.gate!.categories], feature: e.feature });
      // Events come oldest first: keep only the newest `limit`.
      if (newest.length > limit) {
        newest.shift();
        truncated = true;
      }
    }
    await recordAdmin(deps.audit, deps.clock, p, { action: 'alerts.read', unit: scope.unit, outcome: 'ok', details: { count: newest.length } });
    return { kind: 'ok', unit: scope.unit, alerts: newest.reverse(), truncated };
  };
}

export type AlertsReader = ReturnType<typeof createAlerts>;
