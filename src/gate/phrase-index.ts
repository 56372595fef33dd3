import { hasDiacritics, stripChar, type NormalisedText } from './normalise';
import { tokenAcc, type Tokens } from './tokens';
import { createSyllableMap, type SyllableMap } from './syllable-map';

/** One occurrence of a lexicon phrase: token range [t0, t1) and view span [start, end). */
export interface Hit {
  tag: string;
  phrase: string;
  t0: number;
  t1: number;
  start: number;
  end: number;
}

interface Entry { tag: string; phrase: string; forms: (string[] | null)[] }
interface Node { next: Map<string, Node>; entries: Entry[] }
/** A trie node as matched: children looked up by the token's hash. */
interface FrozenNode { next: SyllableMap<FrozenNode>; entries: Entry[] }

function freeze(node: Node): FrozenNode {
  return { next: createSyllableMap([...node.next].map(([k, v]) => [k, freeze(v)] as const)), entries: node.entries };
}

/** A trie over plain syllables; built once, matched in one pass over the tokens of a text. */
export interface PhraseIndex {
  match(norm: NormalisedText, toks: Tokens): Hit[];
}

function plainOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(stripChar(s.charCodeAt(i)));
  return out;
}

/**
 * Builds the index from tag → phrases (written with diacritics, lower case).
 * A phrase matches a run of syllables whose plain letters are equal and where every syllable typed
 * with diacritics carries the same ones (tone placement ignored): "mat" and "mật" match "mật"; "mắt" does not.
 */
export function createPhraseIndex(lexicon: Record<string, readonly string[]>): PhraseIndex {
  const root: Node = { next: new Map(), entries: [] };
  for (const [tag, phrases] of Object.entries(lexicon)) {
    for (const phrase of phrases) {
      const sylls = phrase.toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      let node = root;
      for (const s of sylls) {
        const p = plainOf(s);
        let nx = node.next.get(p);
        if (!nx) { nx = { next: new Map(), entries: [] }; node.next.set(p, nx); }
        node = nx;
      }
      node.entries.push({ tag, phrase, forms: sylls.map((s) => (hasDiacritics(s) ? tonePlacements(s) : null)) });
    }
  }
  const top = freeze(root);
  return {
    match(norm, toks) {
      const hits: Hit[] = [];
      const accCache: (string | undefined)[] = new Array(toks.count);
      const accOf = (i: number): string => accCache[i] ?? (accCache[i] = tokenAcc(norm, toks, i));
      for (let i = 0; i < toks.count; i++) {
        let node = top.next.get(toks, i);
        let j = i;
        while (node) {
          for (const e of node.entries) {
            let ok = true;
            for (let q = 0; q < e.forms.length && ok; q++) {
              const a = accOf(i + q);
              // an undiacritised syllable in the text matches; a diacritised one must agree
              if (a !== toks.text[i + q] && !(e.forms[q]?.includes(a) ?? false)) ok = false;
            }
            if (ok) hits.push({ tag: e.tag, phrase: e.phrase, t0: i, t1: j + 1, start: toks.start[i], end: toks.end[j] });
          }
          j++;
          if (j >= toks.count || toks.seg[j] !== toks.seg[i]) break; // phrases never span a sentence or line break
          node = node.next.get(toks, j);
        }
      }
      return hits;
    },
  };
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;
/** The spellings of one syllable with its tone mark on each vowel (hòa and hoà), NFC. */
export function tonePlacements(syll: string): string[] {
  const d = syll.normalize('NFD');
  const tone = TONES.exec(d)?.[0];
  if (!tone) return [syll.normalize('NFC')];
  const base = d.replace(TONES, '');
  const out = new Set<string>([syll.normalize('NFC')]);
  for (let i = 0; i < base.length; i++) {
    if ('aeiouy'.includes(base[i])) {
      let j = i + 1;
      while (j < base.length && base.charCodeAt(j) >= 0x300 && base.charCodeAt(j) <= 0x36f) j++;
      out.add((base.slice(0, j) + tone + base.slice(j)).normalize('NFC'));
    }
  }
  return [...out];
}

/** Hits grouped by tag, for the detectors. */
export function byTag(hits: Hit[]): Map<string, Hit[]> {
  const m = new Map<string, Hit[]>();
  for (const h of hits) {
    const l = m.get(h.tag);
    if (l) l.push(h); else m.set(h.tag, [h]);
  }
  return m;
}

/** A set of short phrases looked up around a given token, for context words that are too common to index. */
export interface PhraseSet {
  /** Length in tokens of the longest phrase whose last token is t − 1 (0 when none). */
  endingAt(norm: NormalisedText, toks: Tokens, t: number): number;
  /** Length in tokens of the longest phrase starting at token t (0 when none). */
  startingAt(norm: NormalisedText, toks: Tokens, t: number): number;
  /** True when a phrase lies wholly within view positions [from, to) on one line. */
  within(norm: NormalisedText, toks: Tokens, from: number, to: number): boolean;
}

/** The first token whose end is after view position `pos`. */
export function tokenAt(toks: Tokens, pos: number): number {
  let lo = 0;
  let hi = toks.count;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (toks.end[mid] <= pos) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Builds a phrase set; same matching rule as the index (undiacritised text matches, diacritised must agree). */
export function createPhraseSet(phrases: readonly string[]): PhraseSet {
  const map = new Map<string, (string[] | null)[][]>();
  const firstWords = new Set<string>();
  let maxLen = 1;
  for (const phrase of phrases) {
    const sylls = phrase.toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const key = sylls.map(plainOf).join(' ');
    const list = map.get(key) ?? [];
    list.push(sylls.map((s) => (hasDiacritics(s) ? tonePlacements(s) : null)));
    map.set(key, list);
    firstWords.add(plainOf(sylls[0]));
    maxLen = Math.max(maxLen, sylls.length);
  }
  const firsts = createSyllableMap([...firstWords].map((w) => [w, true] as const));
  const matches = (norm: NormalisedText, toks: Tokens, t0: number, len: number): boolean => {
    if (t0 < 0 || t0 + len > toks.count || firsts.get(toks, t0) === undefined) return false;
    let key = toks.text[t0];
    for (let q = 1; q < len; q++) {
      if (toks.seg[t0 + q] !== toks.seg[t0]) return false;
      key += ` ${toks.text[t0 + q]}`;
    }
    const list = map.get(key);
    if (!list) return false;
    return list.some((forms) => forms.every((f, q) => {
      const a = tokenAcc(norm, toks, t0 + q);
      return a === toks.text[t0 + q] || (f?.includes(a) ?? false);
    }));
  };
  return {
    endingAt(norm, toks, t) {
      for (let len = maxLen; len >= 1; len--) if (matches(norm, toks, t - len, len)) return len;
      return 0;
    },
    startingAt(norm, toks, t) {
      for (let len = maxLen; len >= 1; len--) if (matches(norm, toks, t, len)) return len;
      return 0;
    },
    within(norm, toks, from, to) {
      for (let t = tokenAt(toks, Math.max(0, from)); t < toks.count && toks.start[t] < to; t++) {
        if (toks.start[t] < from) continue;
        for (let len = 1; len <= maxLen; len++) if (t + len <= toks.count && toks.end[t + len - 1] <= to && matches(norm, toks, t, len)) return true;
      }
      return false;
    },
  };
}

/** Tagged phrases looked up in a window: one scan returns every tag present. */
export interface TaggedSet {
  tagsWithin(norm: NormalisedText, toks: Tokens, from: number, to: number): Set<string>;
}

/** Builds a tagged set from tag → phrases (same matching rule as the index). */
export function createTaggedSet(lexicon: Record<string, readonly string[]>): TaggedSet {
  const map = new Map<string, { tag: string; forms: (string[] | null)[] }[]>();
  const firstWords = new Set<string>();
  let maxLen = 1;
  for (const [tag, phrases] of Object.entries(lexicon)) {
    for (const phrase of phrases) {
      const sylls = phrase.toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      const key = sylls.map(plainOf).join(' ');
      const list = map.get(key) ?? [];
      list.push({ tag, forms: sylls.map((s) => (hasDiacritics(s) ? tonePlacements(s) : null)) });
      map.set(key, list);
      firstWords.add(plainOf(sylls[0]));
      maxLen = Math.max(maxLen, sylls.length);
    }
  }
  const firsts = createSyllableMap([...firstWords].map((w) => [w, true] as const));
  return {
    tagsWithin(norm, toks, from, to) {
      const found = new Set<string>();
      for (let t = tokenAt(toks, Math.max(0, from)); t < toks.count && toks.start[t] < to; t++) {
        if (toks.start[t] < from || firsts.get(toks, t) === undefined) continue;
        let key = '';
        for (let len = 1; len <= maxLen && t + len <= toks.count && toks.end[t + len - 1] <= to; len++) {
          key = len === 1 ? toks.text[t] : `${key} ${toks.text[t + len - 1]}`;
          const list = map.get(key);
          if (!list) continue;
          for (const e of list) {
            if (found.has(e.tag)) continue;
            const ok = e.forms.every((f, q) => { const a = tokenAcc(norm, toks, t + q); return a === toks.text[t + q] || (f?.includes(a) ?? false); });
            if (ok) found.add(e.tag);
          }
        }
      }
      return found;
    },
  };
}
