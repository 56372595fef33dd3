import { randomBytes } from 'node:crypto';
import { putIfAbsent } from './put-if-absent';
import type { StateRepository } from './types';

const SALT_KEY = '_system/export-pseudonym-salt';

/**
 * The secret salt of pseudonymous user ids in exports, created once and kept in the store, so the same person gets the
 * same pseudonym in every export, from every instance and the CLI alike. Read on each call (another instance may have made it).
 */
export async function getExportSalt(state: StateRepository, opts: { readOnly?: boolean } = {}): Promise<string> {
  const found = (await state.read([SALT_KEY]))[SALT_KEY] as { salt?: string } | undefined;
  if (found?.salt) return found.salt;
  const salt = randomBytes(32).toString('hex');
  if (opts.readOnly) return salt;
  // Two instances racing here agree: the first salt stored wins for both.
  const stored = await putIfAbsent<{ salt?: string }>(state, SALT_KEY, { salt });
  return stored?.salt ?? salt;
}
