import type { Storage, StoreItems } from 'botbuilder';
import type { Logger } from '../core/logger';
import { isStoreUnavailable } from '../store/availability/unavailable';
import type { StateRepository } from '../store/types';

/**
 * botbuilder Storage over the store's state repository, so conversation state lives in MongoDB or the embedded store.
 * While the database is unreachable the turn goes on with empty conversation state (nothing of the bot's own relies on
 * it) and its changes are dropped with a warning, rather than failing before the turn starts.
 */
export function createStateStorage(state: StateRepository, logger?: Logger): Storage {
  const tolerate = <T>(what: string, fallback: T) => (e: unknown): T => {
    if (!isStoreUnavailable(e)) throw e;
    logger?.warn({ what }, 'conversation state skipped: the database is unreachable');
    return fallback;
  };
  return {
    read: async (keys: string[]) => (await state.read(keys).catch(tolerate('read', {}))) as StoreItems,
    write: async (changes: StoreItems) => state.write(changes).catch(tolerate('write', undefined)),
    delete: async (keys: string[]) => state.delete(keys).catch(tolerate('delete', undefined)),
  };
}
