import type { NormalisedText } from '../normalise';
import type { Tokens } from '../tokens';
import { tokenAt, type Hit } from '../phrase-index';
import type { Found } from '../found';
import * as hash from './hash';

// local bindings: a module's exports may be reached through getters (transpilers' CommonJS), too slow per token
const combine = hash.combine;
const fnvRange = hash.fnvRange;
const fnvString = hash.fnvString;

/** Which features the learned screen reads; stored with the model so training and screening agree. */
export interface FeatureConfig {
  /** Hash space of 2^bits buckets. */
  bits: number;
  /** Accented unigrams and bigrams beside the plain (diacritic-free) ones. */
  accented: boolean;
  bigrams: boolean;
  /** Detected names, identifiers, contacts and credentials read as one class token ("<person>") instead of their words. */
  classes: boolean;
  /** The deterministic detectors' findings and the lexicon's tags as features. */
  signals: boolean;
}

/** What the detectors produced for one text: the input of feature extraction. */
export interface ScreenInput {
  norm: NormalisedText;
  toks: Tokens;
  tags: Map<string, Hit[]>;
  found: Found[];
}

/** Hashed features, each at a token position (so windows can sum any stretch of the text). */
export interface FeatureList {
  bucket: Int32Array;
  tok: Int32Array;
  count: number;
}

const CLASS_CATEGORIES = new Set(['person_name', 'personal_id', 'personal_contact', 'credential']);
const NS = {
  uni: fnvString('u'), acc: fnvString('a'), bi: fnvString('b'), biAcc: fnvString('c'),
  cls: fnvString('<'), sig: fnvString('D'), tag: fnvString('T'), q: fnvString('?'),
};
const SKIP = -2;

// one growing scratch list, reused by every call (JavaScript runs one screening at a time per thread)
let scratchBucket = new Int32Array(1 << 14);
let scratchTok = new Int32Array(1 << 14);

/** Extracts the hashed features of a screened text into a list of its own (for training and tests). */
export function extractFeatures(input: ScreenInput, cfg: FeatureConfig): FeatureList {
  const f = emitFeatures(input, cfg);
  return { bucket: f.bucket.slice(0, f.count), tok: f.tok.slice(0, f.count), count: f.count };
}

function isDigitCode(c: number): boolean { return c >= 48 && c <= 57; }
function hasDigit(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) { const c = s.charCodeAt(i); if (c >= 48 && c <= 57) return true; }
  return false;
}
const SHAPE = fnvString('#');

/** FNV-1a of a token's plain letters; a token with digits hashes by its shape ("2025" → "dddd", "24b1" → "ddbd"). */
function tokenHash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  let digits = false;
  for (let i = from; i < to; i++) { const c = s.charCodeAt(i); if (c >= 48 && c <= 57) digits = true; h ^= c; h = Math.imul(h, 0x01000193); }
  if (!digits) return h >>> 0;
  h = SHAPE;
  for (let i = from; i < Math.min(to, from + 12); i++) { const c = s.charCodeAt(i); h ^= isDigitCode(c) ? 100 : c; h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

/**
 * The hashed features of a screened text, each at its token. The list is a view over scratch memory that the next
 * call overwrites: use it before screening another text (extractFeatures copies it).
 */
export function emitFeatures(input: ScreenInput, cfg: FeatureConfig): FeatureList {
  const { norm, toks } = input;
  const n = toks.count;
  const mask = (1 << cfg.bits) - 1;
  const cap = n * (cfg.accented ? 4 : 2) + input.found.length + 64;
  if (scratchBucket.length < cap) { scratchBucket = new Int32Array(cap * 2); scratchTok = new Int32Array(cap * 2); }
  let bucket = scratchBucket; let tokAt = scratchTok;
  let count = 0;
  const add = (h: number, t: number): void => {
    if (count === bucket.length) {
      scratchBucket = new Int32Array(count * 2); scratchBucket.set(bucket); bucket = scratchBucket;
      scratchTok = new Int32Array(count * 2); scratchTok.set(tokAt); tokAt = scratchTok;
    }
    bucket[count] = h & mask; tokAt[count] = t; count++;
  };
  if (n === 0) return { bucket, tok: tokAt, count: 0 };
  // detected spans become one class token each
  const cls = new Int32Array(n).fill(-1);
  if (cfg.classes) {
    for (const f of input.found) {
      if (!CLASS_CATEGORIES.has(f.category)) continue;
      const t0 = tokenAt(toks, f.start);
      if (t0 >= n || toks.start[t0] >= f.end) continue;
      cls[t0] = fnvString(f.kind, NS.cls);
      for (let t = t0 + 1; t < n && toks.start[t] < f.end; t++) cls[t] = SKIP;
    }
  }
  const plain = norm.plain;
  const acc = norm.acc;
  // letter-spaced tokens ("M Ậ T") are rare: flag them once instead of reading the sparse array for every token
  // (an indexed loop, not forEach: forEach asks the sparse array for every index up to its length, which is slow; its
  // entries are strings, so "!== undefined" and "present" agree)
  const merged = new Uint8Array(n);
  const mergedAcc = toks.mergedAcc;
  for (let i = 0, end = Math.min(n, mergedAcc.length); i < end; i++) if (mergedAcc[i] !== undefined) merged[i] = 1;
  const uni = NS.uni; const accNs = NS.acc; const bi = NS.bi; const biAcc = NS.biAcc;
  let p1 = 0; let a1 = 0; let seg1 = -1; // the previous unit
  let q = count;
  // local views of the scratch lists (which `add` may replace later): a variable a closure assigns lives in the
  // closure's context, one memory load per use; the cap above leaves room for this loop's at most 4 features a token
  const B = bucket; const T = tokAt;
  const { start, end, seg: segs, hash } = toks;
  const { accented, bigrams } = cfg;
  for (let t = 0; t < n; t++) {
    const c = cls[t];
    if (c === SKIP) continue;
    const a = start[t];
    const b = end[t];
    let hp: number;
    let ha = 0;
    if (c !== -1) hp = c;
    else if (merged[t]) {
      const text = toks.text[t]; const m = toks.mergedAcc[t]!;
      hp = fnvString(text);
      if (accented && m !== text) ha = fnvString(m);
    } else {
      // tokenise already hashed the plain letters (the same FNV-1a; only bitwise operations read hp, so its sign is moot)
      hp = hasDigit(plain, a, b) ? tokenHash(plain, a, b) : hash[t];
      if (accented) for (let i = a; i < b; i++) if (acc.charCodeAt(i) !== plain.charCodeAt(i)) { ha = fnvRange(acc, a, b); break; }
    }
    const seg = segs[t];
    B[q] = combine(uni, hp) & mask; T[q++] = t;
    if (ha) { B[q] = combine(accNs, ha) & mask; T[q++] = t; }
    if (bigrams && seg1 === seg) {
      B[q] = combine(p1 ^ bi, hp) & mask; T[q++] = t;
      if (accented && (ha || a1)) { B[q] = combine((a1 || p1) ^ biAcc, ha || hp) & mask; T[q++] = t; }
    }
    p1 = hp; a1 = ha; seg1 = seg;
  }
  count = q;
  if (cfg.signals) {
    for (const f of input.found) add(fnvString(`${f.category}:${f.kind}`, NS.sig), Math.min(n - 1, tokenAt(toks, f.start)));
    for (const [tag, hits] of input.tags) {
      const h = fnvString(tag, NS.tag);
      for (const hit of hits) add(h, hit.t0);
    }
    for (let q = plain.indexOf('?'); q !== -1; q = plain.indexOf('?', q + 1)) add(NS.q, Math.max(0, Math.min(n - 1, tokenAt(toks, q) - 1)));
  }
  return { bucket, tok: tokAt, count };
}

