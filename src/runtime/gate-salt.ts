import type { StateRepository } from '../store/types';

// Where an earlier version kept a generated salt: in the same store as the hashes it was meant to protect.
const LEGACY_KEY = 'gate/hash-salt';

/**
 * The secret key of the gate's identifier hashes in audit summaries: GATE_HASH_SALT, kept outside the store, or none
 * (the gate then draws a random key per process that is never written anywhere). A key stored beside the hashes would
 * let anyone holding a copy of the store reverse them (a phone number or CCCD is found by trying them all), so a key
 * left there by an earlier version is deleted.
 */
export async function gateHashSalt(configured: string | undefined, state: StateRepository): Promise<string | undefined> {
  if ((await state.read([LEGACY_KEY]))[LEGACY_KEY] !== undefined) await state.delete([LEGACY_KEY]);
  return configured;
}
