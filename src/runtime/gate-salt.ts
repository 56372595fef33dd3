import { randomBytes } from 'node:crypto';
import { putIfAbsent } from '../store/put-if-absent';
import type { StateRepository } from '../store/types';

const KEY = 'gate/hash-salt';

/**
 * The salt of the gate's audit hashes: configured, or generated once and kept in the store, so the same
 * value hashes the same way across restarts and instances (repeats stay recognisable in the audit log).
 * Two instances starting together on an empty database agree: the first salt stored wins for both.
 */
export async function gateHashSalt(configured: string | undefined, state: StateRepository): Promise<string> {
  if (configured) return configured;
  const found = (await state.read([KEY]))[KEY];
  if (typeof found === 'string' && found.length >= 16) return found;
  const stored = await putIfAbsent(state, KEY, randomBytes(24).toString('hex'));
  if (typeof stored === 'string' && stored.length >= 16) return stored;
  // Something unusable was stored under the key (never written by this service): replace it once.
  const salt = randomBytes(24).toString('hex');
  await state.write({ [KEY]: salt });
  return salt;
}
