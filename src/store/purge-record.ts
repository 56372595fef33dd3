import type { AuditEvent, AuditEventInput } from './types';

/** The action name of the event that attests a retention purge of the audit chain's beginning. */
export const AUDIT_PURGE_ACTION = 'audit_purge';

/** The event appended after removing audit events up to `lastRemoved`, so the verifier can tell a purge from a deletion. */
export function auditPurgeRecord(lastRemoved: AuditEvent, count: number, time: Date): AuditEventInput {
  return {
    time,
    type: 'admin',
    actor: 'system',
    action: AUDIT_PURGE_ACTION,
    outcome: 'ok',
    details: { throughSeq: lastRemoved.seq, throughHash: lastRemoved.hash, removed: count },
  };
}
