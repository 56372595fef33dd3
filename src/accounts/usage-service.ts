import type { Clock } from '../core/clock';
import type { AuditRepository } from '../store/types';
import { recordAdmin, type AuditRecorder } from './audit-recorder';
import { readScope, type Refusal } from './policy';
import type { Principal } from './principal';
import { computeUsage, type UsageReport } from './usage-report';
import type { UsagePeriod } from './usage-period';

export type UsageResult = { kind: 'ok'; report: UsageReport } | Refusal;

/** Creates the usage reader: unit admins see their unit only, auditors and system admins any; each read is audited. */
export function createUsageService(deps: { auditLog: Pick<AuditRepository, 'list'>; audit: AuditRecorder; clock: Clock }) {
  return async (p: Principal, period: UsagePeriod, unit?: string): Promise<UsageResult> => {
    const scope = readScope(p, unit);
    if ('kind' in scope) {
      await recordAdmin(deps.audit, deps.clock, p, { action: 'usage.read', unit, outcome: 'forbidden' });
      return scope;
    }
    const events = deps.auditLog.list({ from: period.from, to: period.to, ...(scope.unit ? { unit: scope.unit } : {}) });
    const report = await computeUsage(events, { from: period.from, to: period.to, unit: scope.unit });
    await recordAdmin(deps.audit, deps.clock, p, {
      action: 'usage.read', unit: scope.unit, outcome: 'ok',
      details: { from: period.fromDay, to: period.toDay },
    });
    return { kind: 'ok', report };
  };
}

export type UsageService = ReturnType<typeof createUsageService>;
