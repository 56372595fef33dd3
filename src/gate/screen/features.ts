import type { NormalisedText } from '../normalise';
import type { Tokens } from '../tokens';
import { tokenAt, type Hit } from '../phrase-index';
import type { Found } from '../found';
import { combine, fnvRange, fnvString } from './hash';

/** Which features the learned screen reads; stored with the model so training and screening agree. */
export interface FeatureConfig {
  /** Hash space of 2^bits buckets. */
  bits: number;
  /** Accented unigrams and bigrams beside the plain (diacritic-free) ones. */
  accented: boolean;
  bigrams: boolean;
  trigrams: boolean;
  /** Character n-grams of this length inside each syllable, with boundary marks (0: none). */
  chars: number;
  /** Detected names, identifiers, contacts and credentials read as one class token ("<person>") instead of their words. */
  classes: boolean;
  /** The deterministic detectors' findings and the lexicon's tags as features. */
  signals: boolean;
  /** Words of the sentences addressed to the assistant ("bạn viết giúp …") again, in a namespace of their own. */
  request?: boolean;
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
  uni: fnvString('u'), acc: fnvString('a'), bi: fnvString('b'), biAcc: fnvString('c'), tri: fnvString('t'), chr: fnvString('g'),
  cls: fnvString('<'), req: fnvString('R'), reqBi: fnvString('S'), sig: fnvString('D'), tag: fnvString('T'), q: fnvString('?'), bias: fnvString('B'),
};
const SKIP = -2;

class Builder {
  bucket: Int32Array;
  tok: Int32Array;
  count = 0;
  constructor(cap: number, private readonly mask: number) { this.bucket = new Int32Array(cap); this.tok = new Int32Array(cap); }
  add(h: number, t: number): void {
    if (this.count === this.bucket.length) {
      const b = new Int32Array(this.count * 2); b.set(this.bucket); this.bucket = b;
      const k = new Int32Array(this.count * 2); k.set(this.tok); this.tok = k;
    }
    this.bucket[this.count] = h & this.mask; this.tok[this.count] = t; this.count++;
  }
}

function isDigitCode(c: number): boolean { return c >= 48 && c <= 57; }

/** The shape of a token with digits ("2025" → "dddd", "24b1" → "ddbd"): numbers generalise by their form, not their value. */
function shapeHash(s: string, from: number, to: number): number | null {
  let digits = false;
  for (let i = from; i < to; i++) if (isDigitCode(s.charCodeAt(i))) { digits = true; break; }
  if (!digits) return null;
  let h = fnvString('#');
  for (let i = from; i < Math.min(to, from + 12); i++) { const c = s.charCodeAt(i); h ^= isDigitCode(c) ? 100 : c; h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

/** Extracts the hashed features of a screened text. */
export function extractFeatures(input: ScreenInput, cfg: FeatureConfig): FeatureList {
  const { norm, toks } = input;
  const n = toks.count;
  const out = new Builder(Math.max(64, n * 6), (1 << cfg.bits) - 1);
  if (n === 0) return { bucket: out.bucket, tok: out.tok, count: 0 };
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
  const asks = cfg.request ? requestSegments(input) : null;
  let p1 = 0; let p2 = 0; let a1 = 0; let seg1 = -1; let seg2 = -1; // previous two units
  for (let t = 0; t < n; t++) {
    if (cls[t] === SKIP) continue;
    const a = toks.start[t];
    const b = toks.end[t];
    let hp: number;
    let ha = 0;
    if (cls[t] !== -1) hp = cls[t];
    else {
      const text = toks.text[t];
      hp = shapeHash(plain, a, b) ?? fnvString(text);
      if (cfg.accented && hp !== 0) {
        const merged = toks.mergedAcc[t];
        if (merged !== undefined) { if (merged !== text) ha = fnvString(merged); }
        else if (b - a === text.length) { for (let i = a; i < b; i++) if (acc.charCodeAt(i) !== plain.charCodeAt(i)) { ha = fnvRange(acc, a, b); break; } }
      }
      if (cfg.chars > 0 && text.length >= 2 && b - a === text.length && !isDigitCode(text.charCodeAt(0))) {
        const padded = `^${text}$`;
        for (let i = 0; i + cfg.chars <= padded.length; i++) out.add(fnvRange(padded, i, i + cfg.chars, NS.chr), t);
      }
    }
    const seg = toks.seg[t];
    out.add(combine(NS.uni, hp), t);
    if (ha) out.add(combine(NS.acc, ha), t);
    if (cfg.bigrams && seg1 === seg) {
      out.add(combine(combine(NS.bi, p1), hp), t);
      if (cfg.accented && (ha || a1)) out.add(combine(combine(NS.biAcc, a1 || p1), ha || hp), t);
    }
    if (cfg.trigrams && seg2 === seg) out.add(combine(combine(combine(NS.tri, p2), p1), hp), t);
    if (asks?.has(seg)) {
      out.add(combine(NS.req, hp), t);
      if (seg1 === seg) out.add(combine(combine(NS.reqBi, p1), hp), t);
    }
    p2 = p1; seg2 = seg1; p1 = hp; a1 = ha; seg1 = seg;
  }
  if (cfg.signals) {
    for (const f of input.found) out.add(fnvString(`${f.category}:${f.kind}`, NS.sig), Math.min(n - 1, tokenAt(toks, f.start)));
    for (const [tag, hits] of input.tags) {
      const h = fnvString(tag, NS.tag);
      for (const hit of hits) out.add(h, hit.t0);
    }
    for (let q = plain.indexOf('?'); q !== -1; q = plain.indexOf('?', q + 1)) out.add(NS.q, Math.max(0, Math.min(n - 1, tokenAt(toks, q) - 1)));
  }
  return { bucket: out.bucket, tok: out.tok, count: out.count };
}

// words that address the assistant or ask it for something (plain view): the sentences holding them are the request
const ASK_WORDS = new Set(['giup', 'gium', 'dum', 'nho', 'ban', 'hay', 'xin', 'oi', 'minh', 'em', 'toi', 'b', 'a', 'e', 'ad', 'tro', 'ly']);
const ASK_ACCENTED = new Set(['giúp', 'giùm', 'dùm', 'nhờ', 'bạn', 'hãy', 'xin', 'ơi', 'mình', 'em', 'tôi', 'b', 'a', 'e', 'ad', 'trợ', 'lý']);

/** Segments (sentences or lines) that speak to the assistant: an ask word typed as such (or without any diacritics). */
function requestSegments(input: ScreenInput): Set<number> {
  const { norm, toks } = input;
  const out = new Set<number>();
  for (let t = 0; t < toks.count; t++) {
    const w = toks.text[t];
    if (!ASK_WORDS.has(w) || out.has(toks.seg[t])) continue;
    const a = toks.mergedAcc[t] ?? norm.acc.slice(toks.start[t], toks.end[t]);
    if (a === w || ASK_ACCENTED.has(a)) out.add(toks.seg[t]);
  }
  return out;
}
