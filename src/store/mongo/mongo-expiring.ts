import type { Collection } from 'mongodb';
import type { Clock } from '../../core/clock';
import type { ExpiringRepository } from '../types';
import { isDuplicateKey } from './mongo-connect';
import type { StoredDoc } from './mongo-docs';

const idOf = (namespace: string, key: string) => `${namespace}:${key}`;

/**
 * Expiring values in one collection: `_id` is "namespace:key", `expiresAt` is compared by the code on every read (no TTL
 * index), and only `_id` operations are on the hot path (FerretDB scans on any other field).
 */
export function mongoExpiring(col: Collection<StoredDoc>, clock: Clock): ExpiringRepository {
  const live = (doc: StoredDoc | null) => (doc && (doc.expiresAt as Date).getTime() > clock.now().getTime() ? doc : undefined);
  const valueOf = <T>(doc: StoredDoc | undefined) => (doc ? (JSON.parse(doc.json as string) as T) : undefined);
  const docOf = (namespace: string, key: string, value: unknown, ttlMs: number) => ({
    ns: namespace, json: JSON.stringify(value), expiresAt: new Date(clock.now().getTime() + ttlMs),
  });
  return {
    put: async (namespace, key, value, ttlMs) => {
      const doc = docOf(namespace, key, value, ttlMs);
      const put = () => col.replaceOne({ _id: idOf(namespace, key) }, doc, { upsert: true });
      // Two first upserts of one key at once: the loser's duplicate key means the document exists now; replace it.
      await put().catch((e) => (isDuplicateKey(e) ? put() : Promise.reject(e)));
    },
    putIfAbsent: async (namespace, key, value, ttlMs) => {
      const _id = idOf(namespace, key);
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          await col.insertOne({ _id, ...docOf(namespace, key, value, ttlMs) });
          return true;
        } catch (e) {
          if (!isDuplicateKey(e)) throw e;
          if (live(await col.findOne({ _id }))) return false;
          // Only an expired value is in the way: remove it (if it is still expired) and try once more.
          await col.deleteOne({ _id, expiresAt: { $lte: clock.now() } });
        }
      }
      return false;
    },
    get: async (namespace, key) => valueOf(live(await col.findOne({ _id: idOf(namespace, key) }))),
    take: async (namespace, key) => {
      const _id = idOf(namespace, key);
      const doc = live(await col.findOne({ _id }));
      if (!doc) return undefined;
      // Of concurrent takers, the one whose delete removed the document gets the value.
      return (await col.deleteOne({ _id, json: doc.json })).deletedCount === 1 ? valueOf(doc) : undefined;
    },
    delete: async (namespace, key) => {
      await col.deleteOne({ _id: idOf(namespace, key) });
    },
    sweep: async () => (await col.deleteMany({ expiresAt: { $lte: clock.now() } })).deletedCount,
  };
}
