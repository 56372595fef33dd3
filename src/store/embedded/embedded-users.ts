import type { Clock } from '../../core/clock';
import type { UserRecord, UserRepository } from '../types';
import type { JsonlCollection } from './jsonl-collection';

/** Users keyed by id; UPN lookups are case-insensitive. */
export function embeddedUsers(col: JsonlCollection<UserRecord>, clock: Clock): UserRepository {
  const byUpn = (upn: string) => {
    const wanted = upn.toLowerCase();
    return col.find((u) => u.upn?.toLowerCase() === wanted);
  };
  const byObjectId = (id: string) => {
    const wanted = id.toLowerCase();
    return col.find((u) => u.aadObjectId === wanted);
  };
  return {
    upsert: async (user) => {
      const existing = col.get(user.id);
      const now = clock.now();
      const record: UserRecord = { ...user, createdAt: existing?.createdAt ?? user.createdAt ?? now, updatedAt: now };
      if (existing && existing.status !== user.status) record.statusChangedAt = now;
      else if (existing?.statusChangedAt && !record.statusChangedAt) record.statusChangedAt = existing.statusChangedAt;
      await col.put(user.id, record);
      return record;
    },
    get: async (idOrUpn) => col.get(idOrUpn) ?? byUpn(idOrUpn) ?? byObjectId(idOrUpn),
    findAll: async (keys) => {
      const wanted = new Set(keys.map((k) => k.toLowerCase()));
      return col.filter((u) => wanted.has(u.id.toLowerCase()) || (!!u.upn && wanted.has(u.upn.toLowerCase())) || (!!u.aadObjectId && wanted.has(u.aadObjectId)));
    },
    list: async (query) => col.filter((u) => !query?.unit || u.unit === query.unit),
    setStatus: async (id, status, at) => {
      const existing = col.get(id);
      if (!existing) return undefined;
      const record: UserRecord = { ...existing, status, statusChangedAt: at, updatedAt: at };
      await col.put(id, record);
      return record;
    },
  };
}
