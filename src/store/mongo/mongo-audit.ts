import { randomUUID } from 'node:crypto';
import type { Collection, Document } from 'mongodb';
import { chainAuditEvent } from '../audit-hash';
import type { AuditEvent, AuditRepository } from '../types';
import { isDuplicateKey } from './mongo-connect';
import { fromDoc, toDoc, type StoredDoc } from './mongo-docs';
import { timeFilter } from './mongo-records';

const MAX_RACES = 100;

/** The audit chain: seq is unique, so two instances racing for the same seq cannot fork it; the loser re-reads and retries. */
export function mongoAudit(col: Collection<StoredDoc>): AuditRepository {
  return {
    append: async (input) => {
      const id = input.id ?? randomUUID();
      for (let attempt = 0; attempt < MAX_RACES; attempt++) {
        const lastDoc = await col.find({}).sort({ seq: -1 }).limit(1).next();
        const last = lastDoc ? fromDoc<AuditEvent>(lastDoc) : undefined;
        const event = chainAuditEvent({ ...input, id }, last) as AuditEvent;
        try {
          await col.insertOne(toDoc(event as AuditEvent & { id: string }));
          return event;
        } catch (e) {
          if (!isDuplicateKey(e)) throw e;
          // Either this id is already stored (a retried append) or another writer took the seq.
          const same = await col.findOne({ _id: id });
          if (same) return fromDoc<AuditEvent>(same);
          await new Promise((r) => setTimeout(r, Math.random() * 20));
        }
      }
      throw new Error('audit append: too many concurrent writers');
    },
    list: async function* (query) {
      const filter: Document = { ...timeFilter('time', query ?? {}) };
      if (query?.unit) filter.unit = query.unit;
      if (query?.type) filter.type = query.type;
      for await (const doc of col.find(filter).sort({ seq: 1 })) yield fromDoc<AuditEvent>(doc);
    },
  };
}
