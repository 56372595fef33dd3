import { wordTokens, type WordToken } from './corpus-text';
import { confusions, repairs } from './confusions';
import type { Lexicon } from './lexicon';
import { canonical, isWellFormed, matchCase, placementOf } from './syllable';

/** A spelling problem in one text, with offsets in that text. */
export interface SpellingIssue {
  kind: 'misspelt' | 'unknownSyllable' | 'realWord' | 'repeated' | 'spaceBefore' | 'mixedPlacement';
  start: number;
  end: number;
  found: string;
  /** The correction, when one is certain. */
  fixed?: string;
  /** A likely correction that is not certain enough to apply. */
  suggestion?: string;
}

/** Thresholds of the real-word model (tuned on held-out corpus articles: bench/spelling-eval.ts). */
export interface SpellingOptions {
  /** Log-likelihood gain a confusion must show over the written word (default 7, about 1100 times likelier). */
  minGain?: number;
  /** Most pairs the written word may have with its neighbours (default 1). */
  maxSeen?: number;
  /** Least pairs the correction must have with one neighbour (default 8). */
  minSupport?: number;
  /** The same two thresholds for a typing slip: another tone or vowel mark (defaults 14 and 50). */
  slipGain?: number;
  slipSupport?: number;
}

const VIETNAMESE = /^[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+$/;

/** Checks the syllables of texts against the lexicon: non-words, real-word confusions, repeats, spacing, tone placement. */
export function createSpellingChecker(lexicon: Lexicon, opts: SpellingOptions = {}) {
  const minGain = opts.minGain ?? 7;
  const maxSeen = opts.maxSeen ?? 1;
  const minSupport = opts.minSupport ?? 8;
  const slipGain = opts.slipGain ?? 14;
  const slipSupport = opts.slipSupport ?? 50;
  const N = lexicon.tokens;

  // log P(x | p) + log P(n | x), interpolated with the word's own frequency.
  const score = (p: string | undefined, x: string, n: string | undefined): number => {
    const cx = lexicon.count(x);
    let s = 0;
    if (p) s += Math.log((lexicon.pair(p, x) + (cx / N) * 5) / (lexicon.count(p) + 5));
    if (n) s += Math.log((lexicon.pair(x, n) + (lexicon.count(n) / N) * 5) / (cx + 5));
    if (!p && !n) s += Math.log((cx + 0.5) / N);
    return s;
  };
  const support = (p: string | undefined, x: string, n: string | undefined) => Math.max(p ? lexicon.pair(p, x) : 0, n ? lexicon.pair(x, n) : 0);

  // Strength of a syllable pair: how much likelier together than apart (pointwise mutual information, as a ratio).
  const bond = (a: string, b: string) => (lexicon.pair(a, b) * N) / Math.max(1, lexicon.count(a) * lexicon.count(b));
  // A doubled word the corpus (almost) never doubles, unless each copy belongs to its neighbour ("giao thông thông suốt").
  const isRepeat = (key: string, before: string | undefined, next: string | undefined) =>
    lexicon.pair(key, key) < 0.0005 * lexicon.count(key) + 1 && !(before && next && bond(before, key) >= 15 && bond(key, next) >= 15);

  function best(cands: string[], p: string | undefined, n: string | undefined): { word: string; score: number; support: number } | undefined {
    let top: { word: string; score: number; support: number } | undefined;
    for (const c of cands) {
      if (!lexicon.count(c)) continue;
      const s = score(p, c, n);
      if (!top || s > top.score) top = { word: c, score: s, support: support(p, c, n) };
    }
    return top;
  }

  /** The spelling issues of one text; `placements` collects the tone placements seen (for mixing across a document). */
  function check(text: string, placements?: Map<'modern' | 'traditional', string>): SpellingIssue[] {
    const out: SpellingIssue[] = [];
    const toks = wordTokens(text);
    const keys = toks.map((t) => canonical(t.word));
    toks.forEach((t, i) => {
      const lower = t.word.toLowerCase();
      const key = keys[i];
      const prev = i > 0 && !t.afterBreak ? keys[i - 1] : undefined;
      const next = i + 1 < toks.length && !toks[i + 1].afterBreak ? keys[i + 1] : undefined;
      const caps = t.word.length > 1 && t.word === t.word.toUpperCase();
      const title = !caps && t.word[0] !== lower[0];
      const placement = placementOf(t.word);
      if (placement && placements && !placements.has(placement)) placements.set(placement, t.word);
      if (t.word.length < 2 || !VIETNAMESE.test(lower)) return;
      // Syllables of a transliteration are joined by hyphens ("ki-lô-ca-lo"): not Vietnamese words one by one.
      if (text[t.start - 1] === '-' || text[t.start + t.word.length] === '-') return;
      if (prev === key && !t.afterBreak && lexicon.count(key) && isRepeat(key, i > 1 && !toks[i - 1].afterBreak ? keys[i - 2] : undefined, next)) {
        const from = toks[i - 1].start + toks[i - 1].word.length;
        out.push({ kind: 'repeated', start: from, end: t.start + t.word.length, found: `${toks[i - 1].word} ${t.word}`, fixed: toks[i - 1].word });
        return;
      }
      if (!lexicon.count(key)) {
        const formed = isWellFormed(lower);
        const plain = /^[a-z]+$/.test(lower);
        if (!formed && plain) {
          // "quyet": a Vietnamese word typed without its marks, when the context knows the marked one well.
          const top = best(repairs(key), prev, next);
          if (top && top.support >= 5) out.push({ kind: 'misspelt', start: t.start, end: t.start + t.word.length, found: t.word, fixed: matchCase(top.word, t.word) });
          return;
        }
        if ((title || caps) && (formed || !/[^a-z]/.test(lower))) return;
        const top = best(repairs(key), prev, next);
        const certain = top && top.support >= 3;
        const fixed = top && certain ? matchCase(top.word, t.word) : undefined;
        out.push({ kind: formed ? 'unknownSyllable' : 'misspelt', start: t.start, end: t.start + t.word.length, found: t.word, fixed, suggestion: top && !certain ? matchCase(top.word, t.word) : undefined });
        return;
      }
      if (caps || title || (!prev && !next)) return;
      // One side of the written word is unattested while the same side of a confusion is well attested, and the
      // confusion fits both neighbours far better ("được sử lý": "sử lý" never, "xử lý" thousands of times). A typing
      // slip (another tone or vowel mark: "báo cao") must show stronger evidence than a dialect confusion.
      const own = score(prev, key, next);
      const dialect = new Set(confusions(key));
      let top: { word: string; gain: number } | undefined;
      for (const c of repairs(key)) {
        if (!lexicon.count(c)) continue;
        const [gainNeeded, supportNeeded] = dialect.has(c) ? [minGain, minSupport] : [slipGain, slipSupport];
        const weakSide = (prev !== undefined && lexicon.pair(prev, key) <= maxSeen && lexicon.pair(prev, c) >= supportNeeded)
          || (next !== undefined && lexicon.pair(key, next) <= maxSeen && lexicon.pair(c, next) >= supportNeeded);
        if (!weakSide) continue;
        const gain = score(prev, c, next) - own;
        if (gain >= gainNeeded && (!top || gain > top.gain)) top = { word: c, gain };
      }
      if (!top) return;
      out.push({ kind: 'realWord', start: t.start, end: t.start + t.word.length, found: t.word, fixed: matchCase(top.word, t.word) });
    });
    for (const m of text.matchAll(/(?<=[\p{L}\d)”"])( +)([,.;:!?])(?=\s|$)/gu)) {
      const start = m.index ?? 0;
      if (m[2] === '.' && /^\s*\.\./.test(text.slice(start + m[1].length))) continue;
      out.push({ kind: 'spaceBefore', start, end: start + m[0].length, found: m[2], fixed: m[2] });
    }
    return out.sort((a, b) => a.start - b.start);
  }

  return { check };
}

export type SpellingChecker = ReturnType<typeof createSpellingChecker>;
export type { WordToken };
