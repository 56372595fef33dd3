import type { Clock } from '../core/clock';
import { recordAdmin, type AuditRecorder } from '../accounts/audit-recorder';
import type { Refusal } from '../accounts/policy';
import type { Principal } from '../accounts/principal';
import type { AuditEvent, AuditEventInput, AuditRepository } from '../store/types';
import { verifyAuditChain, type ChainVerdict } from './verify-audit-chain';

/** What the audit search filters on: a time range, who acted (exact id), the kind of event and its action. */
export interface AuditSearch {
  from?: Date;
  to?: Date;
  actor?: string;
  type?: AuditEventInput['type'];
  /** An admin action's name or its start, e.g. "user." for every account change. */
  action?: string;
  /** 0 = the newest page. */
  page?: number;
  pageSize?: number;
}

export type AuditSearchResult = { kind: 'ok'; events: AuditEvent[]; hasMore: boolean } | Refusal;
export type AuditVerifyResult = { kind: 'ok'; verdict: ChainVerdict } | Refusal;

const READERS = new Set<Principal['role']>(['system_admin', 'auditor']);
const MAX_PAGE = 200;

/** Audit search and chain verification for system administrators and auditors; both audited. */
export function createAuditSearch(deps: { auditLog: Pick<AuditRepository, 'list'>; audit: AuditRecorder; clock: Clock }) {
  const forbidden = async (p: Principal, action: string): Promise<Refusal> => {
    await recordAdmin(deps.audit, deps.clock, p, { action, outcome: 'forbidden' });
    return { kind: 'forbidden', reason: 'role' };
  };
  return {
    /** Newest first; memory holds one window of (page + 1) × pageSize events however long the log is. */
    async search(p: Principal, q: AuditSearch): Promise<AuditSearchResult> {
      if (!READERS.has(p.role)) return forbidden(p, 'audit.search');
      const size = q.pageSize ?? 50;
      const page = Math.min(Math.max(q.page ?? 0, 0), MAX_PAGE);
      const window = (page + 1) * size;
      const actor = q.actor?.trim().toLowerCase();
      const kept: AuditEvent[] = [];
      let older = 0;
      for await (const e of deps.auditLog.list({ from: q.from, to: q.to, type: q.type })) {
        if (actor && e.actor.toLowerCase() !== actor) continue;
        if (q.action && !(e.action ?? '').startsWith(q.action)) continue;
        kept.push(e);
        if (kept.length > window) {
          kept.shift();
          older++;
        }
      }
      const newestFirst = kept.reverse();
      await recordAdmin(deps.audit, deps.clock, p, { action: 'audit.search', outcome: 'ok', details: { page } });
      return { kind: 'ok', events: newestFirst.slice(page * size, page * size + size), hasMore: older > 0 };
    },

    /** Re-verifies the whole hash chain (a full read of the log). */
    async verify(p: Principal): Promise<AuditVerifyResult> {
      if (!READERS.has(p.role)) return forbidden(p, 'audit.verify');
      const verdict = await verifyAuditChain(deps.auditLog.list());
      await recordAdmin(deps.audit, deps.clock, p, { action: 'audit.verify', outcome: verdict.ok ? 'ok' : 'broken', details: verdict.ok ? { count: verdict.count } : { brokenAt: verdict.brokenAt } });
      return { kind: 'ok', verdict };
    },
  };
}

export type AuditSearchService = ReturnType<typeof createAuditSearch>;
