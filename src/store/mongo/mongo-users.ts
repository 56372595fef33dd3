import type { Collection } from 'mongodb';
import type { Clock } from '../../core/clock';
import type { UserRecord, UserRepository } from '../types';
import { fromDoc, toDoc, type StoredDoc } from './mongo-docs';

// Stored beside the record for a case-insensitive UPN lookup without collation support (FerretDB has none).
const UPN_KEY = 'upnLower';

/** Users, read from the database on every call so another instance's revocation is seen at once. */
export function mongoUsers(col: Collection<StoredDoc>, clock: Clock): UserRepository {
  const read = (doc: StoredDoc | null) => (doc ? fromDoc<UserRecord>(doc, [UPN_KEY]) : undefined);
  return {
    upsert: async (user) => {
      const existing = read(await col.findOne({ _id: user.id }));
      const now = clock.now();
      const record: UserRecord = { ...user, createdAt: existing?.createdAt ?? user.createdAt ?? now, updatedAt: now };
      if (existing && existing.status !== user.status) record.statusChangedAt = now;
      else if (existing?.statusChangedAt && !record.statusChangedAt) record.statusChangedAt = existing.statusChangedAt;
      await col.replaceOne({ _id: user.id }, { ...toDoc(record), [UPN_KEY]: record.upn?.toLowerCase() }, { upsert: true });
      return record;
    },
    get: async (idOrUpn) => read(await col.findOne({ $or: [{ _id: idOrUpn }, { [UPN_KEY]: idOrUpn.toLowerCase() }, { aadObjectId: idOrUpn.toLowerCase() }] })),
    findAll: async (keys) => {
      const lower = [...new Set(keys.map((k) => k.toLowerCase()))];
      const docs = await col.find({ $or: [{ _id: { $in: [...new Set([...keys, ...lower])] } }, { [UPN_KEY]: { $in: lower } }, { aadObjectId: { $in: lower } }] }).sort({ _id: 1 }).toArray();
      return docs.map((d) => read(d) as UserRecord);
    },
    list: async (query) => (await col.find(query?.unit ? { unit: query.unit } : {}).sort({ _id: 1 }).toArray()).map((d) => read(d) as UserRecord),
    setStatus: async (id, status, at) => {
      const res = await col.updateOne({ _id: id }, { $set: { status, statusChangedAt: at, updatedAt: at } });
      if (res.matchedCount === 0) return undefined;
      return read(await col.findOne({ _id: id }));
    },
  };
}
