import { randomUUID } from 'node:crypto';
import { chainAuditEvent } from '../audit-hash';
import { inRange } from '../query-range';
import type { AuditEvent, AuditRepository } from '../types';
import type { JsonlCollection } from './jsonl-collection';

/** The audit chain kept in one file; keyed by zero-padded seq so file order is chain order. */
export function embeddedAudit(col: JsonlCollection<AuditEvent>): AuditRepository {
  let last: AuditEvent | undefined;
  const byId = new Map<string, string>();
  for (const e of col.values()) {
    if (!last || e.seq > last.seq) last = e;
    if (e.id) byId.set(e.id, keyOf(e.seq));
  }
  let queue: Promise<unknown> = Promise.resolve();
  return {
    append: (input) => {
      // Appends are serialised: each event needs the hash of the one before it.
      const run = queue.then(async () => {
        const known = input.id ? byId.get(input.id) : undefined;
        const dup = known ? col.get(known) : undefined;
        if (dup) return dup;
        const event = chainAuditEvent({ ...input, id: input.id ?? randomUUID() }, last) as AuditEvent;
        await col.put(keyOf(event.seq), event);
        byId.set(event.id as string, keyOf(event.seq));
        last = event;
        return event;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    list: async function* (query) {
      const rows = col
        .filter((e) => inRange(e.time, query ?? {}) && (!query?.unit || e.unit === query.unit) && (!query?.type || e.type === query.type))
        .sort((a, b) => a.seq - b.seq);
      yield* rows;
    },
  };
}

/** The collection key of an event: zero-padded so lexical order is numeric order. */
export function keyOf(seq: number): string {
  return String(seq).padStart(12, '0');
}
