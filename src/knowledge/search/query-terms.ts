import { isUnaccented, stripDiacritics, syllables } from '../normalize';
import { PLAIN_PREFIX, addNgrams, termKey } from '../index/terms';
import { expandSynonyms } from './expand';
import fillerData from '../data/question-fillers.json';

const FILLERS = fillerData.phrases.map((p) => syllables(p)).sort((a, b) => b.length - a.length);
const PLAIN_FILLERS = FILLERS.map((p) => p.map(stripDiacritics));

/** Splits query tokens into runs around question fillers ("như thế nào", "là gì"), which no article contains. */
export function dropFillers(tokens: string[], plain: boolean): string[][] {
  const fillers = plain ? PLAIN_FILLERS : FILLERS;
  const runs: string[][] = [[]];
  for (let i = 0; i < tokens.length; ) {
    const f = fillers.find((p) => p.every((t, j) => tokens[i + j] === t));
    if (f) {
      if (runs[runs.length - 1].length) runs.push([]);
      i += f.length;
    } else {
      runs[runs.length - 1].push(tokens[i++]);
    }
  }
  const kept = runs.filter((r) => r.length > 0);
  // A question made only of fillers keeps its words rather than matching nothing.
  return kept.length ? kept : [tokens];
}

/** One weighted query term, by dictionary hash. */
export interface QueryTerm {
  term: string;
  key: number;
  weight: number;
}

/** Tunable weights of query terms. */
export interface QueryWeights {
  unigram: number;
  /** Remove question fillers before forming n-grams. */
  dropFillers: boolean;
  bigram: number;
  /** Multiplier for terms that come from abbreviation/synonym expansion. */
  expansion: number;
  /** Weight of the diacritics-free field for accented queries (unaccented queries use it alone). */
  plainForAccented: number;
}

/** Defaults chosen on the development split (see bench/retrieval). */
export const DEFAULT_QUERY_WEIGHTS: QueryWeights = { unigram: 1, bigram: 1, expansion: 0.5, plainForAccented: 0, dropFillers: false };

function weighted(counts: Map<string, number>, w: QueryWeights, scale: number, out: Map<string, number>): void {
  for (const [term, c] of counts) {
    const isBigram = term.includes(' ');
    const v = scale * (isBigram ? w.bigram : w.unigram) * Math.min(c, 2);
    out.set(term, Math.max(out.get(term) ?? 0, v));
  }
}

/** Turns a question into weighted unigram+bigram terms on the accented field, the plain field, or both. */
export function queryTerms(query: string, w: QueryWeights = DEFAULT_QUERY_WEIGHTS): { terms: QueryTerm[]; unaccented: boolean } {
  const tokens = syllables(query);
  const unaccented = isUnaccented(query);
  const out = new Map<string, number>();
  const addSpace = (toks: string[], prefix: string, scale: number, plain: boolean): void => {
    const direct = new Map<string, number>();
    for (const run of w.dropFillers ? dropFillers(toks, plain) : [toks]) addNgrams(run, 1, direct, prefix);
    weighted(direct, w, scale, out);
    for (const phrase of expandSynonyms(toks, plain)) {
      const ex = new Map<string, number>();
      addNgrams(phrase, 1, ex, prefix);
      weighted(ex, w, scale * w.expansion, out);
    }
  };
  if (unaccented) {
    addSpace(tokens, PLAIN_PREFIX, 1, true);
  } else {
    addSpace(tokens, '', 1, false);
    if (w.plainForAccented > 0) addSpace(tokens.map(stripDiacritics), PLAIN_PREFIX, w.plainForAccented, true);
  }
  return { terms: [...out].map(([term, weight]) => ({ term, key: termKey(term), weight })), unaccented };
}
