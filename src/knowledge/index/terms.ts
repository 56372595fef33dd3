import { stripDiacritics } from '../normalize';

// Diacritics-free terms live in the same dictionary under this prefix, as a parallel field.
export const PLAIN_PREFIX = '~';

/** Adds a token list's unigrams and bigrams to `out` with weight `w` (bigrams never cross lists). */
export function addNgrams(tokens: string[], w: number, out: Map<string, number>, prefix = ''): void {
  for (let i = 0; i < tokens.length; i++) {
    const uni = prefix + tokens[i];
    out.set(uni, (out.get(uni) ?? 0) + w);
    if (i + 1 < tokens.length) {
      const bi = `${uni} ${tokens[i + 1]}`;
      out.set(bi, (out.get(bi) ?? 0) + w);
    }
  }
}

/** Both fields of a token list: accented n-grams and their diacritics-free twins. */
export function addBothFields(tokens: string[], w: number, out: Map<string, number>): void {
  addNgrams(tokens, w, out);
  addNgrams(tokens.map(stripDiacritics), w, out, PLAIN_PREFIX);
}

/** A 52-bit hash of a term (two 32-bit FNV-style hashes), exact in a float64, for a compact dictionary. */
export function termKey(term: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  return (h1 >>> 12) * 4294967296 + (h2 >>> 0);
}
