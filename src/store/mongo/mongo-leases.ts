import type { Collection } from 'mongodb';
import type { Clock } from '../../core/clock';
import type { LeaseRecord, LeaseRepository } from '../types';
import { isDuplicateKey } from './mongo-connect';
import type { StoredDoc } from './mongo-docs';

/**
 * Leases keyed by name. Taking a free lease is an insert (unique `_id`); taking an expired one is a conditional update,
 * confirmed by reading it back (FerretDB applies an update as read-then-write, so two takers could both match: the
 * read-back tells them apart). Whatever runs under a lease must stay correct if two holders overlap briefly.
 */
export function mongoLeases(col: Collection<StoredDoc>, clock: Clock): LeaseRepository {
  const untilFrom = (ttlMs: number) => new Date(clock.now().getTime() + ttlMs);
  const held = async (name: string, holder: string) => (await col.findOne({ _id: name }))?.holder === holder;
  return {
    acquire: async (name, holder, ttlMs) => {
      const expiresAt = untilFrom(ttlMs);
      try {
        await col.insertOne({ _id: name, holder, expiresAt });
        return true;
      } catch (e) {
        if (!isDuplicateKey(e)) throw e;
      }
      const res = await col.updateOne({ _id: name, $or: [{ holder }, { expiresAt: { $lte: clock.now() } }] }, { $set: { holder, expiresAt } });
      return res.matchedCount === 1 && held(name, holder);
    },
    renew: async (name, holder, ttlMs, data) => {
      const set: Record<string, unknown> = { expiresAt: untilFrom(ttlMs) };
      if (data) set.data = data;
      return (await col.updateOne({ _id: name, holder }, { $set: set })).matchedCount === 1;
    },
    release: async (name, holder, data) => {
      const set: Record<string, unknown> = { holder: '', expiresAt: new Date(0) };
      if (data) set.data = data;
      await col.updateOne({ _id: name, holder }, { $set: set });
    },
    get: async (name) => {
      const doc = await col.findOne({ _id: name });
      if (!doc) return undefined;
      const record: LeaseRecord = { name, holder: doc.holder as string, expiresAt: doc.expiresAt as Date };
      if (doc.data) record.data = doc.data as Record<string, unknown>;
      return record;
    },
  };
}
