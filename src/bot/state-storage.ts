import type { Storage, StoreItems } from 'botbuilder';
import type { StateRepository } from '../store/types';

/** botbuilder Storage over the store's state repository, so conversation state lives in MongoDB or the embedded store. */
export function createStateStorage(state: StateRepository): Storage {
  return {
    read: async (keys: string[]) => (await state.read(keys)) as StoreItems,
    write: async (changes: StoreItems) => state.write(changes),
    delete: async (keys: string[]) => state.delete(keys),
  };
}
