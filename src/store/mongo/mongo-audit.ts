import { randomUUID } from 'node:crypto';
import type { Collection, Document } from 'mongodb';
import { chainAuditEvent } from '../audit-hash';
import type { AuditEvent, AuditEventInput, AuditRepository } from '../types';
import { isDuplicateKey } from './mongo-connect';
import { fromDoc, toDoc, type StoredDoc } from './mongo-docs';
import { timeFilter } from './mongo-records';

const MAX_RACES = 100;

/**
 * The audit chain: seq is unique, so two instances racing for the same seq cannot fork it; the loser re-reads and retries.
 * The last event is remembered between appends (reading it is a full sort on FerretDB); a stale memory just meets the
 * unique index, since seqs are written contiguously.
 */
export function mongoAudit(col: Collection<StoredDoc>): AuditRepository {
  let known: { seq: number; hash: string } | null | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const readLast = async () => {
    const lastDoc = await col.find({}).sort({ seq: -1 }).limit(1).next();
    return lastDoc ? { seq: lastDoc.seq as number, hash: lastDoc.hash as string } : null;
  };
  const appendNow = async (input: AuditEventInput): Promise<AuditEvent> => {
    const id = input.id ?? randomUUID();
    for (let attempt = 0; attempt < MAX_RACES; attempt++) {
      if (known === undefined) known = await readLast();
      const event = chainAuditEvent({ ...input, id }, known ?? undefined) as AuditEvent;
      try {
        await col.insertOne(toDoc(event as AuditEvent & { id: string }));
        known = { seq: event.seq, hash: event.hash };
        return event;
      } catch (e) {
        known = undefined;
        if (!isDuplicateKey(e)) throw e;
        // Either this id is already stored (a retried append) or another writer took the seq.
        const same = await col.findOne({ _id: id });
        if (same) return fromDoc<AuditEvent>(same);
        if (attempt > 0) await new Promise((r) => setTimeout(r, Math.random() * 20));
      }
    }
    throw new Error('audit append: too many concurrent writers');
  };
  return {
    // Appends of this instance run one at a time, so they do not race each other for the same seq.
    append: (input) => {
      const run = queue.then(() => appendNow(input));
      queue = run.catch(() => undefined);
      return run;
    },
    list: async function* (query) {
      const filter: Document = { ...timeFilter('time', query ?? {}) };
      if (query?.unit) filter.unit = query.unit;
      if (query?.type) filter.type = query.type;
      for await (const doc of col.find(filter).sort({ seq: 1 })) yield fromDoc<AuditEvent>(doc);
    },
  };
}
