import type { NormalisedText } from './normalise';

/** Syllable tokens of the plain view, as parallel arrays for speed on long transcripts. */
export interface Tokens {
  readonly count: number;
  /** Plain text of each token (letters and digits, no diacritics). */
  readonly text: string[];
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Sentence/line segment number, for "in the same sentence" tests. */
  readonly seg: Int32Array;
  /** Line number. */
  readonly line: Int32Array;
  /** Accented text of merged letter-spaced tokens ("M Ậ T" → "mật"); undefined for ordinary tokens. */
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
  const mergedAcc: (string | undefined)[] = [];
  let count = 0;
  const push = (t: string, a: number, b: number, merged: string | undefined): void => {
    text.push(t); starts[count] = a; ends[count] = b; segs[count] = seg; lines[count] = line; count++;
    if (merged !== undefined) mergedAcc[count - 1] = merged;
  };
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
    let j = i + 1;
    while (j < n && isAlnum(s.charCodeAt(j))) j++;
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
        push(t, i, k, a);
        i = k;
        continue;
      }
    }
    push(s.slice(i, j), i, j, undefined);
    i = j;
  }
  return {
    count, text, start: starts.subarray(0, count), end: ends.subarray(0, count),
    seg: segs.subarray(0, count), line: lines.subarray(0, count), mergedAcc,
  };
}

/** The accented text of token i (for accent checks). */
export function tokenAcc(norm: NormalisedText, toks: Tokens, i: number): string {
  return toks.mergedAcc[i] ?? norm.acc.slice(toks.start[i], toks.end[i]);
}
