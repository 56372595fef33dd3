/** 32-bit hashing for the learned screen's features: FNV-1a over characters, then a murmur3 finaliser to combine. */

export const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a of a string's UTF-16 code units, continuing from `h`. */
export function fnvString(s: string, h = FNV_OFFSET): number {
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

/** FNV-1a of the characters [from, to) of a string, continuing from `h`. */
export function fnvRange(s: string, from: number, to: number, h = FNV_OFFSET): number {
  for (let i = from; i < to; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

/** Mixes two hashes into one (order matters): for n-grams and for a feature's namespace. */
export function combine(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}
