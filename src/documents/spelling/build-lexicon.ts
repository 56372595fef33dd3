import { canonical, isWellFormed, matchCase } from './syllable';
import { corpusTexts, wordTokens, type WordToken } from './corpus-text';
import type { LexiconData } from './lexicon';

/** How the lexicon is cut from the corpus (defaults are those of the shipped lexicon). */
export interface LexiconOptions {
  /** Least count of a well-formed syllable (default 2); other words need `minForeign`. */
  minSyllable?: number;
  /** Least count of a word that is not a well-formed Vietnamese syllable ("internet", "Đắk") (default 5). */
  minForeign?: number;
  /** Least count of a syllable pair kept (default 2). */
  minPair?: number;
  /** Least mid-sentence count of a capitalised phrase (default 20) and the share its one spelling must hold (default 0.97). */
  minPhrase?: number;
  phraseShare?: number;
  /** Leave out articles (for held-out evaluation): `n` is the article's position in the corpus. */
  skip?: (n: number) => boolean;
  onProgress?: (articles: number) => void;
}

const isTitle = (w: string) => w[0] !== w[0].toLowerCase() && (w.length === 1 || w.slice(1) === w.slice(1).toLowerCase());
const isLower = (w: string) => w === w.toLowerCase();

/** Builds the spelling lexicon from corpus files: syllable counts, syllable pairs, and capitalised phrases. */
export async function buildLexicon(files: string[], opts: LexiconOptions = {}): Promise<LexiconData> {
  const minSyllable = opts.minSyllable ?? 2;
  const minForeign = opts.minForeign ?? 5;
  const minPair = opts.minPair ?? 2;
  const minPhrase = opts.minPhrase ?? 20;
  const share = opts.phraseShare ?? 0.97;

  const ids = new Map<string, number>();
  const words: string[] = [];
  const counts: number[] = [];
  const pairs = new Map<number, number>();
  // Mid-sentence phrases (2 to 4 words) that open with a capital (first pass), then every spelling of them (second).
  const opening = new Map<string, number>();
  const phrases = new Map<string, Map<string, number>>();
  let articles = 0;
  let tokens = 0;

  const idOf = (w: string) => {
    let id = ids.get(w);
    if (id === undefined) {
      id = words.length;
      ids.set(w, id);
      words.push(w);
      counts.push(0);
    }
    return id;
  };

  for await (const text of corpusTexts(files, { skip: opts.skip })) {
    articles++;
    if (articles % 5000 === 0) opts.onProgress?.(articles);
    const toks = wordTokens(text);
    const keys = toks.map((t) => canonical(t.word));
    let prev = -1;
    for (let i = 0; i < toks.length; i++) {
      const id = idOf(keys[i]);
      counts[id]++;
      tokens++;
      if (prev >= 0 && !toks[i].afterBreak) {
        const k = prev * 65536 + id;
        pairs.set(k, (pairs.get(k) ?? 0) + 1);
      }
      prev = id;
      forPhrases(toks, keys, i, (key, form) => {
        if (isTitle(form.slice(0, form.indexOf(' ')))) opening.set(key, (opening.get(key) ?? 0) + 1);
      });
    }
  }
  for (const [key, c] of opening) if (c >= minPhrase * share) phrases.set(key, new Map());
  opening.clear();
  for await (const text of corpusTexts(files, { skip: opts.skip })) {
    const toks = wordTokens(text);
    const keys = toks.map((t) => canonical(t.word));
    for (let i = 0; i < toks.length; i++) {
      forPhrases(toks, keys, i, (key, form) => {
        const forms = phrases.get(key);
        if (forms) forms.set(form, (forms.get(form) ?? 0) + 1);
      });
    }
  }

  // Kept words, most frequent first; pairs re-numbered to them.
  const kept = words
    .map((w, id) => ({ w, id, c: counts[id] }))
    .filter(({ w, c }) => (isWellFormed(w) ? c >= minSyllable : c >= minForeign))
    .sort((a, b) => b.c - a.c || (a.w < b.w ? -1 : 1));
  const newId = new Map(kept.map((k, i) => [k.id, i]));
  const pairList: [number, number, number][] = [];
  for (const [k, c] of pairs) {
    if (c < minPair) continue;
    const a = newId.get(Math.floor(k / 65536));
    const b = newId.get(k % 65536);
    if (a !== undefined && b !== undefined) pairList.push([a, b, c]);
  }
  pairList.sort((x, y) => x[0] - y[0] || x[1] - y[1]);

  const casePhrases: [string, string][] = [];
  for (const [key, forms] of phrases) {
    let total = 0;
    let best = '';
    let bestCount = 0;
    for (const [form, c] of forms) {
      total += c;
      if (c > bestCount || (c === bestCount && form < best)) [best, bestCount] = [form, c];
    }
    if (total >= minPhrase && bestCount / total >= share && !isLower(best)) casePhrases.push([key, best]);
  }
  casePhrases.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

  return {
    version: 1,
    source: { articles, tokens },
    syllables: kept.map((k) => k.w),
    counts: kept.map((k) => k.c),
    pairs: pairList.flat(),
    casePhrases,
  };
}

// Calls `visit` with each phrase (2 to 4 words) starting at word i, mid-sentence, without a break inside, not in capitals.
function forPhrases(toks: WordToken[], keys: string[], i: number, visit: (key: string, form: string) => void): void {
  if (toks[i].sentenceStart || toks[i].word.length < 2) return;
  // A phrase starts where a name starts: "Nam theo" inside "Việt Nam theo" is not one.
  if (i > 0 && !toks[i].afterBreak && !isLower(toks[i - 1].word)) return;
  let form = matchCase(keys[i], toks[i].word);
  if (isAllCaps(toks[i].word)) return;
  let key = keys[i];
  for (let n = 2; n <= 4 && i + n <= toks.length; n++) {
    const t = toks[i + n - 1];
    // Headings in capitals say nothing about case in running text.
    if (t.afterBreak || isAllCaps(t.word)) break;
    key += ` ${keys[i + n - 1]}`;
    form += ` ${matchCase(keys[i + n - 1], t.word)}`;
    visit(key, form);
  }
}

const isAllCaps = (w: string) => w.length > 1 && w === w.toUpperCase();
