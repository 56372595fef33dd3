import type { Clock } from '../core/clock';
import type { AuditEvent, AuditRepository, UserRecord, UserRepository } from '../store/types';
import { recordAdmin, type AuditRecorder } from './audit-recorder';
import { vi } from './messages';
import { readScope, type Refusal } from './policy';
import type { Principal } from './principal';
import type { UsagePeriod } from './usage-period';
import { computeUsage, type UsageReport, type UsageRow } from './usage-report';

/** The usage report with what a dashboard adds: the same rows by Vietnam month, and active accounts that did not use it. */
export interface UsageOverview {
  report: UsageReport;
  /** Per unit and month (YYYY-MM in `day`); active people are distinct over the month, not a sum of days. */
  months: UsageRow[];
  /** Active accounts in scope with no turn in the period (Bắc Ninh §2: every account holder should use it). */
  idle: UserRecord[];
}

export type UsageOverviewResult = { kind: 'ok'; overview: UsageOverview } | Refusal;

/** A turn that counts as use, as computeUsage counts active people: any turn but a refused one. */
const isUse = (e: AuditEvent) => e.type === 'turn' && e.outcome !== 'denied';

function byMonth(rows: UsageRow[], actors: Map<string, Set<string>>): UsageRow[] {
  const months = new Map<string, UsageRow>();
  for (const r of rows) {
    const key = `${r.day.slice(0, 7)}\u0000${r.unit}`;
    const m = months.get(key) ?? { ...r, day: r.day.slice(0, 7), blockedByCategory: {}, questions: 0, summaries: 0, blocked: 0, likes: 0, dislikes: 0, activeUsers: 0 };
    m.questions += r.questions;
    m.summaries += r.summaries;
    m.blocked += r.blocked;
    m.likes += r.likes;
    m.dislikes += r.dislikes;
    for (const [c, n] of Object.entries(r.blockedByCategory)) m.blockedByCategory[c] = (m.blockedByCategory[c] ?? 0) + n;
    m.activeUsers = actors.get(key)?.size ?? 0;
    months.set(key, m);
  }
  return [...months.values()];
}

/** The dashboard's reader: the same scope rules and audit as the usage report (unit admins: their unit only). */
export function createUsageOverview(deps: { auditLog: Pick<AuditRepository, 'list'>; users: Pick<UserRepository, 'list'>; audit: AuditRecorder; clock: Clock }) {
  return async (p: Principal, period: UsagePeriod, unit?: string): Promise<UsageOverviewResult> => {
    const scope = readScope(p, unit);
    if ('kind' in scope) {
      await recordAdmin(deps.audit, deps.clock, p, { action: 'usage.read', unit, outcome: 'forbidden' });
      return scope;
    }
    const inUnit = scope.unit;
    const used = new Set<string>();
    const monthActors = new Map<string, Set<string>>();
    const vnMonth = (t: Date) => new Date(t.getTime() + 7 * 3600_000).toISOString().slice(0, 7);
    // One pass over the period's events: computeUsage counts while the tee notes who used it, and in which month.
    async function* tee(): AsyncGenerator<AuditEvent> {
      for await (const e of deps.auditLog.list({ from: period.from, to: period.to, ...(inUnit ? { unit: inUnit } : {}) })) {
        const time = new Date(e.time);
        if (isUse(e) && time >= period.from && time < period.to) {
          used.add(e.actor.toLowerCase());
          const key = `${vnMonth(time)}\u0000${e.unit ?? vi.unknownUnit}`;
          const set = monthActors.get(key) ?? new Set<string>();
          set.add(e.actor);
          monthActors.set(key, set);
        }
        yield e;
      }
    }
    const report = await computeUsage(tee(), { from: period.from, to: period.to, unit: scope.unit });
    const accounts = await deps.users.list(scope.unit ? { unit: scope.unit } : undefined);
    const idle = accounts.filter((u) => u.status === 'active' && !used.has(u.id.toLowerCase()) && !(u.upn && used.has(u.upn.toLowerCase())));
    await recordAdmin(deps.audit, deps.clock, p, { action: 'usage.read', unit: scope.unit, outcome: 'ok', details: { from: period.fromDay, to: period.toDay } });
    return { kind: 'ok', overview: { report, months: byMonth(report.rows, monthActors), idle } };
  };
}

export type UsageOverviewReader = ReturnType<typeof createUsageOverview>;
