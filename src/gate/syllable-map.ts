import type { Tokens } from './tokens';
import { fnvRange } from './screen/hash';

/** The screen's FNV-1a of a string's characters, as a signed int: the key of a syllable; `Tokens.hash` holds it per token. */
export function syllableHash(s: string, from = 0, to = s.length): number {
  return fnvRange(s, from, to) | 0;
}

/**
 * A map from plain syllables to values, looked up by a token's hash (computed once by tokenise): a per-token lookup
 * costs one probe of a small typed table instead of hashing a fresh string into a JavaScript Map. A hit is confirmed
 * by comparing the syllable itself, so a hash collision never changes a result.
 */
export interface SyllableMap<V> {
  /** The value of token i's syllable, or undefined. */
  get(toks: Tokens, i: number): V | undefined;
  /** The value of a syllable given as a string (hashes it). */
  getWord(word: string): V | undefined;
  readonly size: number;
}

/** Builds a syllable map (later entries replace earlier ones, as in a Map). */
export function createSyllableMap<V>(entries: Iterable<readonly [string, V]>): SyllableMap<V> {
  const map = new Map<string, V>(entries);
  let cap = 8;
  while (cap < map.size * 2) cap <<= 1;
  const mask = cap - 1;
  const hashes = new Int32Array(cap);
  const slots = new Int32Array(cap).fill(-1); // index into keys/values, -1 when empty
  const keys: string[] = [];
  const values: V[] = [];
  for (const [k, v] of map) {
    const h = syllableHash(k);
    let s = mix(h) & mask;
    while (slots[s] !== -1) s = (s + 1) & mask;
    hashes[s] = h; slots[s] = keys.length; keys.push(k); values.push(v);
  }
  const find = (h: number, word: string): V | undefined => {
    for (let s = mix(h) & mask; ; s = (s + 1) & mask) {
      const k = slots[s];
      if (k === -1) return undefined;
      if (hashes[s] === h && keys[k] === word) return values[k];
    }
  };
  return {
    get: (toks, i) => find(toks.hash[i], toks.text[i]),
    getWord: (word) => find(syllableHash(word), word),
    size: keys.length,
  };
}

// FNV-1a's low bits depend mostly on the last character: fold the high bits in before masking
function mix(h: number): number {
  return h ^ (h >>> 15);
}
