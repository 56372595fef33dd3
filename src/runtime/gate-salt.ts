import { randomBytes } from 'node:crypto';
import type { StateRepository } from '../store/types';

const KEY = 'gate/hash-salt';

/**
 * The salt of the gate's audit hashes: configured, or generated once and kept in the store, so the same
 * value hashes the same way across restarts and instances (repeats stay recognisable in the audit log).
 */
export async function gateHashSalt(configured: string | undefined, state: StateRepository): Promise<string> {
  if (configured) return configured;
  const found = (await state.read([KEY]))[KEY];
  if (typeof found === 'string' && found.length >= 16) return found;
  const salt = randomBytes(24).toString('hex');
  await state.write({ [KEY]: salt });
  return salt;
}
