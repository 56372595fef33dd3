import type { Clock } from '../../core/clock';
import type { ExpiringRepository } from '../types';

/** Expiring values in this process only (tests, tools): the same contract as the stores', nothing shared. */
export function createMemoryExpiring(clock: Clock, maxEntries = 10_000): ExpiringRepository {
  const values = new Map<string, { json: string; expiresAt: number }>();
  const idOf = (namespace: string, key: string) => `${namespace}:${key}`;
  const live = (id: string) => {
    const v = values.get(id);
    return v && v.expiresAt > clock.now().getTime() ? v : undefined;
  };
  const put = (id: string, value: unknown, ttlMs: number) => {
    values.delete(id);
    values.set(id, { json: JSON.stringify(value), expiresAt: clock.now().getTime() + ttlMs });
    while (values.size > maxEntries) values.delete(values.keys().next().value as string);
  };
  return {
    put: async (ns, key, value, ttlMs) => put(idOf(ns, key), value, ttlMs),
    putIfAbsent: async (ns, key, value, ttlMs) => {
      if (live(idOf(ns, key))) return false;
      put(idOf(ns, key), value, ttlMs);
      return true;
    },
    get: async (ns, key) => {
      const v = live(idOf(ns, key));
      return v ? JSON.parse(v.json) : undefined;
    },
    take: async (ns, key) => {
      const v = live(idOf(ns, key));
      values.delete(idOf(ns, key));
      return v ? JSON.parse(v.json) : undefined;
    },
    delete: async (ns, key) => void values.delete(idOf(ns, key)),
    sweep: async () => {
      let n = 0;
      for (const [id, v] of values) if (v.expiresAt <= clock.now().getTime() && values.delete(id)) n++;
      return n;
    },
  };
}
