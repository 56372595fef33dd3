import { computeAuditHash, GENESIS_HASH } from '../store/audit-hash';
import { AUDIT_PURGE_ACTION } from '../store/purge-record';
import type { AuditEvent } from '../store/types';

/** `head` is the last event's seq and hash: recorded outside the store, it later shows whether the log was cut short. */
export type ChainVerdict = { ok: true; count: number; head?: { seq: number; hash: string } } | { ok: false; brokenAt: number; reason: string; count: number };

/**
 * Checks an audit chain read in seq order: consecutive seq numbers, each prevHash equal to the previous hash, each hash
 * recomputed from the fields. A chain that starts after seq 1 is accepted only when a retention-purge event attests
 * exactly the removed part, so deleting the oldest events is detectable too.
 */
export async function verifyAuditChain(events: AsyncIterable<AuditEvent> | Iterable<AuditEvent>): Promise<ChainVerdict> {
  let prev: AuditEvent | undefined;
  let count = 0;
  let anchor: { seq: number; hash: string } | undefined;
  let anchorAttested = false;
  for await (const e of events) {
    count++;
    if (!prev) {
      if (e.seq !== 1) anchor = { seq: e.seq - 1, hash: e.prevHash };
      else if (e.prevHash !== GENESIS_HASH) return { ok: false, brokenAt: e.seq, reason: 'first event does not start from the genesis hash', count };
    } else {
      if (e.seq !== prev.seq + 1) return { ok: false, brokenAt: prev.seq + 1, reason: `event ${prev.seq + 1} is missing (next is ${e.seq})`, count };
      if (e.prevHash !== prev.hash) return { ok: false, brokenAt: e.seq, reason: `prevHash does not match the hash of event ${prev.seq}`, count };
    }
    if (computeAuditHash(e) !== e.hash) return { ok: false, brokenAt: e.seq, reason: 'content does not match its hash (edited)', count };
    if (anchor && e.action === AUDIT_PURGE_ACTION && e.details?.throughSeq === anchor.seq && e.details?.throughHash === anchor.hash) anchorAttested = true;
    prev = e;
  }
  if (anchor && !anchorAttested) {
    return { ok: false, brokenAt: anchor.seq + 1, reason: `events up to ${anchor.seq} are missing and no retention purge attests their removal`, count };
  }
  return prev ? { ok: true, count, head: { seq: prev.seq, hash: prev.hash } } : { ok: true, count };
}
