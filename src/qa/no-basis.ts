import type { Article } from '../knowledge/types';
import { contentTerms, coverage } from './lexical';
import type { ScoredHit } from './types';

/** Estimates (0..1) how well the hits answer the question. */
export type ConfidenceFn = (question: string, hits: ScoredHit[]) => number;

/** Decides when retrieval gives no basis for an answer. */
export interface NoBasisPolicy {
  /** The confidence of the hits and whether it is below the bar. */
  judge(question: string, hits: ScoredHit[]): { confidence: number; noBasis: boolean };
}

/**
 * Default bar on the lexical confidence. Measured with bench/qa/calibrate-no-basis.ts on the 807
 * development questions and 30 off-topic ones (BENCHMARKS.md, "Q&A"): at 0.4, 95 % of the
 * development questions are answered (97.5 % of those whose gold article is in the top 5) and
 * every off-topic question gets "no basis"; the retriever's own confidence separates less well.
 */
export const DEFAULT_MIN_CONFIDENCE = 0.4;

/** The searchable text of an article: what a question's words may be found in. */
export function articleSearchText(article: Article): string {
  return [article.title, article.topic, article.document.ten, article.text].filter(Boolean).join('\n');
}

/**
 * Share of the question's words (syllable pairs) found in the best of the first three hits.
 * Works with any retriever: raw scores (BM25) are unbounded and corpus-dependent.
 */
export const lexicalConfidence: ConfidenceFn = (question, hits) => {
  if (hits.length === 0) return 0;
  const terms = contentTerms(question);
  return Math.max(...hits.slice(0, 3).map((h) => coverage(terms, articleSearchText(h.article))));
};

/** The retriever's own confidence of its best hit (`hit.confidence`), lexical when it gives none. */
export const retrieverConfidence: ConfidenceFn = (question, hits) => {
  const given = hits.map((h) => h.confidence).filter((c): c is number => typeof c === 'number');
  return given.length > 0 ? Math.max(...given) : lexicalConfidence(question, hits);
};

/** The default confidence function. */
export const defaultConfidence: ConfidenceFn = lexicalConfidence;

/** A no-basis policy with a pluggable confidence function and bar. */
export function createNoBasisPolicy(opts: { minConfidence?: number; confidence?: ConfidenceFn } = {}): NoBasisPolicy {
  const min = opts.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const confidence = opts.confidence ?? defaultConfidence;
  return {
    judge(question, hits) {
      const c = hits.length === 0 ? 0 : confidence(question, hits);
      return { confidence: c, noBasis: !(c >= min) };
    },
  };
}
