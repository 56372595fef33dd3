import type { StateRepository } from './types';

/**
 * Stores `value` under `key` unless something is there; resolves with what is stored afterwards. Uses the store's atomic
 * `putIfAbsent` (both stores have one); a repository without it (test fakes) gets read-then-write.
 */
export async function putIfAbsent<T>(state: StateRepository, key: string, value: T): Promise<T> {
  if (state.putIfAbsent) return (await state.putIfAbsent(key, value)) as T;
  const found = (await state.read([key]))[key];
  if (found !== undefined) return found as T;
  await state.write({ [key]: value });
  return value;
}
