import type { NormalisedText } from './normalise';
import type { Tokens } from './tokens';
import { createPhraseSet } from './phrase-index';
import { SECRET_CONTEXT as L } from './lexicon/secret-context';

const DOC_NOUN = createPhraseSet(L.DOC_NOUN);
const DOC_NOUN_WIDE = createPhraseSet([...L.DOC_NOUN, ...L.DOC_NOUN_WIDE]);
const RULE_WORDS = createPhraseSet(L.RULE_WORDS);
const HANDLING = createPhraseSet(L.HANDLING);
const STEALS = createPhraseSet(L.STEALS_SECOND_SYLLABLE);

/** The sentence around view position `pos`: split at ". ", "? ", "! " and line ends (not at ";" or ","). */
export function sentenceAround(plain: string, pos: number): [number, number] {
  let from = pos;
  while (from > 0) {
    const c = plain[from - 1];
    if (c === '\n' || ((c === '.' || c === '?' || c === '!') && /\s/.test(plain[from] ?? ' '))) break;
    from--;
  }
  let to = pos;
  while (to < plain.length) {
    const c = plain[to];
    if (c === '\n' || ((c === '.' || c === '?' || c === '!') && /\s/.test(plain[to + 1] ?? ' '))) { if (c !== '\n') to++; break; }
    to++;
  }
  return [from, to];
}

/**
 * True when the sentence holding [start, end) talks about the rules for secret documents rather than
 * carrying or pointing at one: a question frame or a law word anywhere in it, or a handling verb
 * ("lưu giữ", "vận chuyển", "làm lộ" …) before the grade, which makes the document its generic object.
 */
export function sentenceAboutRules(norm: NormalisedText, toks: Tokens, start: number, end: number, handling = true): boolean {
  const [from, to] = sentenceAround(norm.plain, start);
  return RULE_WORDS.within(norm, toks, from, Math.max(to, end)) || (handling && HANDLING.within(norm, toks, from, start));
}

/** Length in tokens of a document noun ending just before token i (0 when none); `wide` adds nouns that are ambiguous unaccented. */
export function docNounBefore(norm: NormalisedText, toks: Tokens, i: number, wide: boolean): number {
  return (wide ? DOC_NOUN_WIDE : DOC_NOUN).endingAt(norm, toks, i);
}

/** True when the syllable after "mật" at token i starts a compound of its own ("mật vụ án": "vụ án", not "mật vụ"). */
export function secondSyllableStolen(norm: NormalisedText, toks: Tokens, i: number): boolean {
  return i + 2 < toks.count && toks.seg[i + 1] === toks.seg[i] && STEALS.startingAt(norm, toks, i + 1) >= 2;
}

const VERB_MAT_NEXT = new Set<string>(L.VERB_MAT_NEXT);
const LOSS_NEXT = new Set<string>(L.LOSS_NEXT);

/**
 * For a grade typed without diacritics after a document noun: false when the next syllable shows the
 * word is the verb "mất" / "mặt" ("van ban mat hieu luc", "ban do mat bang") or "tôi mất" ("toi mat roi").
 */
export function unaccentedGradeFits(toks: Tokens, i: number, grade: 'mat' | 'toimat' | 'tuyetmat'): boolean {
  const next = i + 1 < toks.count && toks.seg[i + 1] === toks.seg[i] ? toks.text[i + 1] : '';
  if (grade === 'mat') return !VERB_MAT_NEXT.has(next);
  if (grade === 'toimat') return !LOSS_NEXT.has(next);
  return true;
}
