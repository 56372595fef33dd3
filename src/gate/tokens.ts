import type { NormalisedText } from './normalise';
import { syllableHash } from './syllable-map';

/** Syllable tokens of the plain view, as parallel arrays for speed on long transcripts. */
export interface Tokens {
  readonly count: number;
  /** Plain text of each token (letters and digits, no diacritics). */
  readonly text: string[];
  /** syllableHash of each token's text, for SyllableMap lookups (a copy that changes `text` must update it). */
  readonly hash: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Sentence/line segment number, for "in the same sentence" tests. */
  readonly seg: Int32Array;
  /** Line number. */
  readonly line: Int32Array;
  /**
   * Accented text of merged letter-spaced tokens ("M Ậ T" → "mật"); undefined for ordinary tokens. One entry a token:
   * a sparse array (a few merged tokens far apart) falls into V8's dictionary mode, a hash lookup on every read.
   */
  readonly mergedAcc: (string | undefined)[];
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}
function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}
// Separators used to space out letters: "M Ậ T", "T.Ố.I", "M-Ậ-T", "M_Ậ_T".
function isSpacer(c: number): boolean {
  return c === 32 || c === 46 || c === 45 || c === 95 || c === 42 || c === 47;
}

// Recently seen syllables, one per slot of their hash: a text repeats a few thousand syllables, so most tokens reuse a
// string instead of allocating one (and a reused string keeps the hash JavaScript Maps computed for it). A slot only
// holds a string with exactly the characters asked for, so what a token reads never depends on the cache.
const SYLLABLES = new Array<string | undefined>(1 << 14).fill(undefined);
const SYLLABLE_HASHES = new Int32Array(1 << 14);

/** The string s.slice(a, b), whose syllableHash is h, from the cache when it holds it. */
function syllable(s: string, a: number, b: number, h: number): string {
  const slot = (h ^ (h >>> 15)) & (SYLLABLES.length - 1);
  const cached = SYLLABLES[slot];
  if (cached !== undefined && SYLLABLE_HASHES[slot] === h && cached.length === b - a) {
    let same = true;
    for (let k = 0; k < cached.length && same; k++) same = cached.charCodeAt(k) === s.charCodeAt(a + k);
    if (same) return cached;
  }
  const fresh = s.slice(a, b);
  SYLLABLES[slot] = fresh; SYLLABLE_HASHES[slot] = h;
  return fresh;
}

/** Splits the plain view into syllables and joins letter-spaced runs ("t.o.i m.a.t" → "toi", "mat"). */
export function tokenise(norm: NormalisedText): Tokens {
  const s = norm.plain;
  const n = s.length;
  const cap = (n >> 1) + 1; // tokens are at least one character with a separator between them
  const text: string[] = [];
  const starts = new Int32Array(cap);
  const ends = new Int32Array(cap);
  const segs = new Int32Array(cap);
  const lines = new Int32Array(cap);
  const hashes = new Int32Array(cap);
  const mergedAcc: (string | undefined)[] = [];
  // no helper closure: the counters below stay in registers instead of a closure's context
  let count = 0;
  let seg = 0;
  let line = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isAlnum(c)) {
      if (c === 10) { seg++; line++; }
      else if ((c === 46 || c === 33 || c === 63 || c === 59) && (i + 1 >= n || s.charCodeAt(i + 1) === 32 || s.charCodeAt(i + 1) === 10)) seg++;
      i++;
      continue;
    }
    // the syllable's hash (syllableHash of its text) is computed while scanning it
    let h = Math.imul(0x811c9dc5 ^ c, 0x01000193);
    let j = i + 1;
    for (let cj: number; j < n && isAlnum((cj = s.charCodeAt(j))); j++) h = Math.imul(h ^ cj, 0x01000193);
    // a letter-spaced run: single letters, each separated by exactly one spacer
    if (j === i + 1 && isLetter(c)) {
      let k = j;
      let letters = 1;
      const sep = s.charCodeAt(j);
      while (k + 1 < n && s.charCodeAt(k) === sep && isSpacer(sep) && isLetter(s.charCodeAt(k + 1)) && (k + 2 >= n || !isAlnum(s.charCodeAt(k + 2)))) {
        k += 2;
        letters++;
      }
      // two spaced letters ("C Ó") count when a neighbouring word is spaced out too
      const twoOk = letters === 2 && (sep !== 32
        || (count > 0 && mergedAcc[count - 1] !== undefined && /^\s+$/.test(s.slice(ends[count - 1], i)))
        || /^\s{2,}[a-z][ .\-_][a-z](?![a-z0-9])/.test(s.slice(k, k + 8)));
      if (letters >= 3 || twoOk) {
        let t = '';
        let a = '';
        for (let p = i; p < k; p += 2) { t += s[p]; a += norm.acc[p]; }
        text.push(t); starts[count] = i; ends[count] = k; segs[count] = seg; lines[count] = line; hashes[count] = syllableHash(t);
        mergedAcc.push(a);
        count++;
        i = k;
        continue;
      }
    }
    text.push(syllable(s, i, j, h)); starts[count] = i; ends[count] = j; segs[count] = seg; lines[count] = line; hashes[count] = h;
    mergedAcc.push(undefined);
    count++;
    i = j;
  }
  return {
    count, text, hash: hashes.subarray(0, count), start: starts.subarray(0, count), end: ends.subarray(0, count),
    seg: segs.subarray(0, count), line: lines.subarray(0, count), mergedAcc,
  };
}

/** The accented text of token i (for accent checks). */
export function tokenAcc(norm: NormalisedText, toks: Tokens, i: number): string {
  return toks.mergedAcc[i] ?? norm.acc.slice(toks.start[i], toks.end[i]);
}
