import type { StateRepository } from '../types';
import { isStoreUnavailable } from './unavailable';

/**
 * State reads that fall back to the last values read while the database is unreachable, for settings read on the way
 * to an answer (e.g. declared document statuses), so answers that need no database keep working through an outage.
 * Keys never read before still fail; read them once at start.
 */
export function withLastKnownReads(state: StateRepository): StateRepository {
  const last = new Map<string, unknown>();
  return {
    read: async (keys) => {
      try {
        const got = await state.read(keys);
        for (const k of keys) last.set(k, got[k]);
        return got;
      } catch (e) {
        if (!isStoreUnavailable(e) || !keys.every((k) => last.has(k))) throw e;
        const out: Record<string, unknown> = {};
        for (const k of keys) if (last.get(k) !== undefined) out[k] = last.get(k);
        return out;
      }
    },
    write: async (changes) => {
      await state.write(changes);
      for (const [k, v] of Object.entries(changes)) last.set(k, v);
    },
    delete: async (keys) => {
      await state.delete(keys);
      for (const k of keys) last.set(k, undefined);
    },
  };
}
