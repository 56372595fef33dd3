import { stripDiacritics, syllables } from '../normalize';
import { PLAIN_PREFIX, addNgrams, termKey } from '../index/terms';
import { expandSynonyms } from './expand';
import type { QuestionAnalysis } from './analyse-question';
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
  /** Weight of the diacritics-free field beside the restored reading of a question typed without diacritics. */
  plainForRestored: number;
  /** Weight of the sentences around the asked one in a consultation-style question (the story). */
  story: number;
}

/** Defaults chosen on the development split (see bench/retrieval). */
export const DEFAULT_QUERY_WEIGHTS: QueryWeights = { unigram: 1, bigram: 1, expansion: 0.5, plainForAccented: 0, plainForRestored: 0.5, story: 0.5, dropFillers: false };

function weighted(counts: Map<string, number>, w: QueryWeights, scale: number, out: Map<string, number>): void {
  for (const [term, c] of counts) {
    const isBigram = term.includes(' ');
    const v = scale * (isBigram ? w.bigram : w.unigram) * Math.min(c, 2);
    out.set(term, Math.max(out.get(term) ?? 0, v));
  }
}

/** The question's search terms: the asked sentences at full weight, the story around them less, on the accented
 * field (and the plain field beside a restored reading), or on the plain field alone when nothing was restored. */
export function queryTerms(q: QuestionAnalysis, w: QueryWeights = DEFAULT_QUERY_WEIGHTS): { terms: QueryTerm[]; unaccented: boolean } {
  const plainOnly = q.unaccented && !q.restored;
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
  const plainWeight = q.restored ? w.plainForRestored : w.plainForAccented;
  for (const part of q.parts) {
    const scale = part.asked ? 1 : w.story;
    if (plainOnly) {
      addSpace(part.tokens.map(stripDiacritics), PLAIN_PREFIX, scale, true);
      continue;
    }
    addSpace(part.tokens, '', scale, false);
    if (plainWeight > 0) addSpace(part.tokens.map(stripDiacritics), PLAIN_PREFIX, scale * plainWeight, true);
  }
  for (const alt of q.alternatives) {
    const ex = new Map<string, number>();
    addNgrams(plainOnly ? alt.map(stripDiacritics) : alt, 1, ex, plainOnly ? PLAIN_PREFIX : '');
    weighted(ex, w, w.expansion, out);
  }
  return { terms: [...out].map(([term, weight]) => ({ term, key: termKey(term), weight })), unaccented: plainOnly };
}
