import type { Hit, Retriever } from '../types';
import type { IndexData } from '../index/index-data';
import { createBm25, DEFAULT_BM25, type Bm25Params } from './bm25';
import { queryTerms, DEFAULT_QUERY_WEIGHTS, type QueryWeights } from './query-terms';
import { createReferenceLookup, parseReference } from './reference';
import { readArticle } from './records';
import type { Reranker } from './rerank';
import { createLinearReranker, type RerankerWeights } from './linear-reranker';
import { createSemanticScorer } from './semantic-score';
import { candidatePool, definitionsByDocument } from './candidates';
import { isDefinitionQuestion } from './definition';
import { rowTokens } from './row-tokens';

/** Options of the search pipeline; defaults are the tuned ones. */
export interface SearchOptions {
  bm25?: Bm25Params;
  weights?: QueryWeights;
  /** Logistic-regression weights; without them the BM25 order is kept. */
  reranker?: RerankerWeights;
  /** How many BM25 candidates the re-ranker sees. */
  candidates?: number;
  /** Extra pool members: the BM25 top-400 articles semantically closest to the question (default 20). */
  semanticExtra?: number;
}

/** A ranked row before the article is decoded. */
export interface RankedRow {
  doc: number;
  score: number;
  confidence: number;
}

/** Creates the retriever: direct citation lookup, BM25 over unigrams+bigrams (accented or plain field), optional re-ranking. */
export function createLegalSearch(data: IndexData, opts: SearchOptions = {}) {
  const bm25 = createBm25(data, opts.bm25 ?? DEFAULT_BM25);
  const refs = createReferenceLookup(data);
  const definitions = definitionsByDocument(data);
  const weights = opts.weights ?? DEFAULT_QUERY_WEIGHTS;
  const pool = opts.candidates ?? 50;
  const semantic = createSemanticScorer(data);
  const semanticExtra = opts.semanticExtra ?? 20;
  const reranker: Reranker | undefined = opts.reranker ? createLinearReranker(opts.reranker, bm25.idf, semantic) : undefined;
  // Tokenise titles, topics and headings now rather than during the first questions.
  if (reranker) rowTokens(data);

  /** Ranks index rows for a question, best first. */
  function rank(query: string, k: number): RankedRow[] {
    const { terms, unaccented } = queryTerms(query, weights);
    const ref = parseReference(query);
    const result = reranker
      ? candidatePool(data, bm25, definitions, terms, Math.max(k, pool), isDefinitionQuestion(query), semantic, semanticExtra)
      : bm25.search(terms, k);
    const { hits, ideal } = result;
    let rows: RankedRow[];
    if (reranker && hits.length > 0) {
      rows = reranker.rerank(data, query, terms, result, unaccented);
    } else {
      rows = hits.map((h) => ({ doc: h.doc, score: h.score, confidence: ideal > 0 ? Math.min(1, h.score / ideal) : 0 }));
    }
    if (ref) {
      const { exact, inDocument } = refs.resolve(ref);
      // Articles of a cited document move ahead of others; the cited article itself comes first.
      if (inDocument.size > 0) rows = [...rows.filter((r) => inDocument.has(r.doc)), ...rows.filter((r) => !inDocument.has(r.doc))];
      if (exact.length > 0) {
        const top = rows[0]?.score ?? 1;
        const exactSet = new Set(exact);
        rows = [...exact.map((doc) => ({ doc, score: top + 1, confidence: 1 })), ...rows.filter((r) => !exactSet.has(r.doc))];
      }
    }
    return rows.slice(0, k);
  }

  const retriever: Retriever = {
    search(query: string, k: number): Hit[] {
      return rank(query, k).map((r) => ({ article: readArticle(data, r.doc), score: r.score, confidence: r.confidence }));
    },
  };
  return { retriever, rank, bm25 };
}
