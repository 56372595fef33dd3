import { createHash, timingSafeEqual } from 'node:crypto';

/** True when `given` equals `expected`, compared in constant time (digests, so lengths leak nothing either). */
export function secretMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
