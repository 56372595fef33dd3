import type { Collection, Document } from 'mongodb';
import { chainAuditEvent } from '../audit-hash';
import type { AuditEvent, AuditEventInput } from '../types';
import { isDuplicateKey } from './mongo-connect';
import { fromDoc, toDoc, type StoredDoc } from './mongo-docs';

type Input = AuditEventInput & { id: string };
export type Head = { seq: number; hash: string } | null;

/** The last event of the chain by a sort on seq: a full scan on FerretDB, so only at start or after a conflict. */
export async function readHeadBySort(audit: Collection<StoredDoc>): Promise<Head> {
  const last = await audit.find({}).sort({ seq: -1 }).limit(1).project({ seq: 1, hash: 1 }).next();
  return last ? { seq: last.seq as number, hash: last.hash as string } : null;
}

/** How many documents an ordered insertMany stored before failing. */
function storedBefore(e: unknown, total: number): number {
  const err = e as { writeErrors?: { index: number }[] | { index: number }; result?: { insertedCount?: number }; insertedCount?: number };
  const first = Array.isArray(err.writeErrors) ? err.writeErrors[0] : err.writeErrors;
  if (first && typeof first.index === 'number') return first.index;
  return err.result?.insertedCount ?? err.insertedCount ?? Math.min(total, 0);
}

const MAX_CONFLICTS = 50;

/**
 * Appends `inputs` to the chain after `head` with ordered batch inserts (the unique seq index refuses a fork). An input
 * already in the chain (a re-delivery) is returned as stored; a seq taken by someone else means the head moved: it is
 * read again and the rest continues after it. Resolves with the events by id and the new head.
 */
export async function insertChained(audit: Collection<StoredDoc>, inputs: Input[], head: Head | undefined): Promise<{ events: Map<string, AuditEvent>; head: Head }> {
  const events = new Map<string, AuditEvent>();
  let known: Head = head === undefined ? await readHeadBySort(audit) : head;
  let rest = inputs;
  for (let conflicts = 0; rest.length > 0; ) {
    const docs: AuditEvent[] = [];
    let prev = known ?? undefined;
    for (const input of rest) {
      const event = chainAuditEvent(input, prev) as AuditEvent;
      docs.push(event);
      prev = { seq: event.seq, hash: event.hash };
    }
    try {
      await audit.insertMany(docs.map((d) => toDoc(d as AuditEvent & { id: string })), { ordered: true });
      for (const d of docs) events.set(d.id as string, d);
      known = { seq: docs[docs.length - 1].seq, hash: docs[docs.length - 1].hash };
      break;
    } catch (e) {
      if (!isDuplicateKey(e) && !(e as { writeErrors?: unknown }).writeErrors) throw e;
      if (++conflicts > MAX_CONFLICTS) throw new Error('audit append: too many concurrent writers');
      const stored = storedBefore(e, docs.length);
      for (const d of docs.slice(0, stored)) events.set(d.id as string, d);
      if (stored > 0) known = { seq: docs[stored - 1].seq, hash: docs[stored - 1].hash };
      const failed = rest[stored];
      rest = rest.slice(stored);
      // Already chained (a retry after a crash or a lost acknowledgement): keep the stored event.
      const existing = await audit.findOne({ _id: failed.id });
      if (existing) {
        events.set(failed.id, fromDoc<AuditEvent>(existing));
        rest = rest.slice(1);
        continue;
      }
      known = await readHeadBySort(audit);
    }
  }
  return { events, head: known };
}

/** An inbox document back to the event input it carries. */
export function inputOf(doc: Document): Input {
  return { ...(doc.event as AuditEventInput), id: doc._id as string };
}
