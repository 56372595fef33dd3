import type { Clock } from '../../core/clock';
import type { ExpiringRepository, LeaseRecord, LeaseRepository } from '../types';
import type { JsonlCollection } from './jsonl-collection';
import { createSerial } from '../../core/serial';

type ExpiringDoc = { json: string; expiresAt: Date };
const idOf = (namespace: string, key: string) => `${namespace}:${key}`;

/** Expiring values of the single embedded instance: the same rules as MongoDB's, checked on every read. */
export function embeddedExpiring(col: JsonlCollection<ExpiringDoc>, clock: Clock): ExpiringRepository {
  const live = (id: string) => {
    const doc = col.get(id);
    return doc && doc.expiresAt.getTime() > clock.now().getTime() ? doc : undefined;
  };
  const put = (id: string, value: unknown, ttlMs: number) => col.put(id, { json: JSON.stringify(value), expiresAt: new Date(clock.now().getTime() + ttlMs) });
  // Check-then-write operations run one at a time, so concurrent callers see each other's writes.
  const serial = createSerial();
  return {
    put: (namespace, key, value, ttlMs) => serial(() => put(idOf(namespace, key), value, ttlMs)),
    putIfAbsent: (namespace, key, value, ttlMs) => serial(async () => {
      if (live(idOf(namespace, key))) return false;
      await put(idOf(namespace, key), value, ttlMs);
      return true;
    }),
    get: async (namespace, key) => {
      const doc = live(idOf(namespace, key));
      return doc ? JSON.parse(doc.json) : undefined;
    },
    take: (namespace, key) => serial(async () => {
      const id = idOf(namespace, key);
      const doc = live(id);
      if (!doc) return undefined;
      await col.delete([id]);
      return JSON.parse(doc.json);
    }),
    delete: async (namespace, key) => {
      await col.delete([idOf(namespace, key)]);
    },
    sweep: async () => {
      const now = clock.now().getTime();
      return col.delete(col.keysWhere((doc) => doc.expiresAt.getTime() <= now));
    },
  };
}

type LeaseDoc = Omit<LeaseRecord, 'name'>;

/** Leases of the single embedded instance (kept in a file so a restart sees who held what until when). */
export function embeddedLeases(col: JsonlCollection<LeaseDoc>, clock: Clock): LeaseRepository {
  const until = (ttlMs: number) => new Date(clock.now().getTime() + ttlMs);
  const serial = createSerial();
  return {
    acquire: (name, holder, ttlMs) => serial(async () => {
      const doc = col.get(name);
      if (doc && doc.holder && doc.holder !== holder && doc.expiresAt.getTime() > clock.now().getTime()) return false;
      await col.put(name, { ...doc, holder, expiresAt: until(ttlMs) });
      return true;
    }),
    renew: (name, holder, ttlMs, data) => serial(async () => {
      const doc = col.get(name);
      if (!doc || doc.holder !== holder) return false;
      await col.put(name, { ...doc, expiresAt: until(ttlMs), ...(data ? { data } : {}) });
      return true;
    }),
    release: (name, holder, data) => serial(async () => {
      const doc = col.get(name);
      if (doc && doc.holder === holder) await col.put(name, { ...doc, holder: '', expiresAt: new Date(0), ...(data ? { data } : {}) });
    }),
    get: async (name) => {
      const doc = col.get(name);
      return doc ? { name, ...doc } : undefined;
    },
  };
}
