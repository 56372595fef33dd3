import { stripCharCode } from '../core/vietnamese';

/**
 * Normalisation that defeats evasion while keeping an exact map back to the original text.
 * Two views of equal length are produced, one character each per kept original cluster:
 * `acc` (lower case, NFC, diacritics kept) and `plain` (lower case, no diacritics, đ → d).
 */
export interface NormalisedText {
  readonly original: string;
  /** Lower case, NFC, invisible characters removed, full-width and look-alike letters folded. */
  readonly acc: string;
  /** Same as `acc` with every diacritic removed (đ → d), one byte per character; same length and indices as `acc`. */
  readonly plain: string;
  /** For view index i: the original [start, end) of the character it came from. */
  readonly origStart: Int32Array;
  readonly origEnd: Int32Array;
  /** 1 where the original character was upper case. */
  readonly upper: Uint8Array;
}

const COMBINING_MIN = 0x300;
const COMBINING_MAX = 0x36f;

// Characters that render as nothing (or nearly) and are used to split keywords.
function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff || c === 0xad
    || c === 0x34f || c === 0x180e || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

// Latin look-alikes from Cyrillic and Greek that are typed to dodge keyword matching.
const HOMOGLYPHS: Record<number, number> = {};
for (const [from, to] of [
  ['а', 'a'], ['е', 'e'], ['о', 'o'], ['р', 'p'], ['с', 'c'], ['у', 'y'], ['х', 'x'], ['і', 'i'], ['ј', 'j'],
  ['А', 'A'], ['В', 'B'], ['Е', 'E'], ['К', 'K'], ['М', 'M'], ['Н', 'H'], ['О', 'O'], ['Р', 'P'], ['С', 'C'], ['Т', 'T'], ['Х', 'X'],
  ['Ι', 'I'], ['ι', 'i'], ['Α', 'A'], ['Β', 'B'], ['Ε', 'E'], ['Κ', 'K'], ['Μ', 'M'], ['Ν', 'N'], ['Ο', 'O'], ['Ρ', 'P'], ['Τ', 'T'], ['Χ', 'X'], ['ο', 'o'],
]) HOMOGLYPHS[from.charCodeAt(0)] = to.charCodeAt(0);

function fold(c: number): number {
  if (c < 0xa0) return c;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // full-width ASCII
  if (c === 0x3000 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f) return 0x20;
  if (c === 0x2024 || c === 0x2027 || c === 0xb7 || c === 0x30fb) return 0x2e; // dot-like separators
  return HOMOGLYPHS[c] ?? c;
}

// Lookup tables over the Basic Multilingual Plane, built once: lower case and diacritic-free forms.
const LOWER = new Uint16Array(0x10000);
const PLAIN = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) { LOWER[c] = c; PLAIN[c] = c; }
for (let c = 0x41; c <= 0x5a; c++) LOWER[c] = c + 32;
for (const [from, to] of [[0xc0, 0x24f], [0x370, 0x52f], [0x1e00, 0x1eff]]) {
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    const l = ch.toLowerCase();
    if (l.length === 1) LOWER[c] = l.charCodeAt(0);
    PLAIN[c] = stripCharCode(c);
  }
}
// The plain view is kept in one byte per character (a compact, fast string): dashes, quotes and
// ellipses fold to ASCII, any other character beyond Latin-1 becomes a space.
const PLAIN8 = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const p = PLAIN[c];
  PLAIN8[c] = p < 0x100 ? p : (p >= 0x2010 && p <= 0x2015) || p === 0x2212 ? 0x2d : p === 0x2018 || p === 0x2019 ? 0x27
    : p === 0x201c || p === 0x201d ? 0x22 : p === 0x2026 ? 0x2e : 0x20;
}

// fold + invisibility in one table: 0 = drop the character, otherwise its folded code
const FOLDED = new Uint16Array(0x10000);
for (let c = 1; c < 0x10000; c++) FOLDED[c] = isInvisible(c) ? 0 : fold(c);

/** The letter without any diacritic (đ → d); ASCII and unknown characters map to themselves. */
export function stripChar(c: number): number {
  return PLAIN[c];
}

const composed = new Map<number, number>();
function compose(base: number, mark: number): number {
  const key = base * 0x400 + (mark - COMBINING_MIN);
  let r = composed.get(key);
  if (r === undefined) {
    const s = (String.fromCharCode(base) + String.fromCharCode(mark)).normalize('NFC');
    r = s.length === 1 ? s.charCodeAt(0) : base;
    if (composed.size < 65536) composed.set(key, r);
  }
  return r;
}

function toStr(codes: Uint16Array, n: number): string {
  return Buffer.from(codes.buffer, codes.byteOffset, n * 2).toString('utf16le');
}

/** Builds the normalised views of `text` with the offset map back to the original (one pass). */
export function normalise(text: string): NormalisedText {
  const len = text.length;
  const acc = new Uint16Array(len);
  const plain = new Uint8Array(len);
  const upper = new Uint8Array(len);
  const origStart = new Int32Array(len);
  const origEnd = new Int32Array(len);
  let n = 0;
  let last = 0; // the folded (not lower-cased) code of the previous kept character, for combining marks
  for (let i = 0; i < len; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      const l = LOWER[c];
      acc[n] = l; plain[n] = l; upper[n] = l !== c ? 1 : 0; origStart[n] = i; origEnd[n] = i + 1; n++; last = c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      // astral characters (emoji, math letters) become one space so words are not glued together
      acc[n] = 0x20; plain[n] = 0x20; origStart[n] = i; origEnd[n] = i + 2; n++; i++; last = 0x20;
      continue;
    }
    if (c >= COMBINING_MIN && c <= COMBINING_MAX) {
      if (n > 0) {
        last = compose(last, c);
        const l = LOWER[last];
        acc[n - 1] = l; plain[n - 1] = PLAIN8[l]; upper[n - 1] = l !== last ? 1 : 0; origEnd[n - 1] = i + 1;
      }
      continue;
    }
    c = FOLDED[c];
    if (c === 0) continue;
    const l = LOWER[c];
    acc[n] = l; plain[n] = PLAIN8[l]; upper[n] = l !== c ? 1 : 0; origStart[n] = i; origEnd[n] = i + 1; n++; last = c;
  }
  return {
    original: text, acc: toStr(acc, n), plain: Buffer.from(plain.buffer, plain.byteOffset, n).toString('latin1'),
    origStart: origStart.subarray(0, n), origEnd: origEnd.subarray(0, n), upper: upper.subarray(0, n),
  };
}

/** Maps a [start, end) span of the normalised views to the original text's span. */
export function toOriginal(norm: NormalisedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) { const p = start < norm.origStart.length ? norm.origStart[start] : norm.original.length; return { start: p, end: p }; }
  return { start: norm.origStart[start], end: norm.origEnd[end - 1] };
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE_ORDER = '\u0300\u0301\u0303\u0309\u0323';
/**
 * A key for one syllable that ignores where the tone mark sits (hòa = hoà) and casing:
 * the letters with their vowel marks but no tone, then the tone number.
 */
export function toneKey(syllable: string): string {
  const d = syllable.toLowerCase().normalize('NFD');
  const m = d.match(TONE_MARKS);
  const tone = m ? TONE_ORDER.indexOf(m[0]) + 1 : 0;
  return d.replace(TONE_MARKS, '').normalize('NFC') + tone;
}

/** True when the string carries any Vietnamese diacritic (including đ). */
export function hasDiacritics(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (stripChar(s.charCodeAt(i)) !== s.charCodeAt(i)) return true;
  return false;
}
