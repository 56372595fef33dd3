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
 * Default bar on the lexical confidence (share of the question's words found in the best hit).
 * On the 807 development questions 4.2 % of gold articles fall below 0.3; of 20 off-topic
 * questions 14 stay below it even against the best article of the whole corpus. A retriever that
 * sets `hit.confidence` replaces this estimate.
 */
export const DEFAULT_MIN_CONFIDENCE = 0.3;

/** The searchable text of an article: what a question's words may be found in. */
export function articleSearchText(article: Article): string {
  return [article.title, article.topic, article.document.ten, article.text].filter(Boolean).join('\n');
}

/**
 * Confidence from the retriever when it provides one (`hit.confidence`), otherwise the share of
 * the question's words (syllable pairs) covered by the best of the first three hits. Raw retrieval
 * scores (BM25) are unbounded and corpus-dependent, so they are not compared to a fixed bar.
 */
export const defaultConfidence: ConfidenceFn = (question, hits) => {
  if (hits.length === 0) return 0;
  const given = hits.map((h) => h.confidence).filter((c): c is number => typeof c === 'number');
  if (given.length > 0) return Math.max(...given);
  const terms = contentTerms(question);
  return Math.max(...hits.slice(0, 3).map((h) => coverage(terms, articleSearchText(h.article))));
};

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
