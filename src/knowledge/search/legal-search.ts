import type { Hit, Retriever } from '../types';
import type { IndexData } from '../index/index-data';
import { createBm25, DEFAULT_BM25, type Bm25Params } from './bm25';
import { queryTerms, DEFAULT_QUERY_WEIGHTS, type QueryTerm, type QueryWeights } from './query-terms';
import type { Bm25Result } from './bm25';
import { createReferenceLookup, parseReference } from './reference';
import { readArticle } from './records';
import type { Reranker } from './rerank';
import { createLinearReranker, type RerankerWeights } from './linear-reranker';
import { createSemanticScorer } from './semantic-score';
import { candidatePool, definitionsByDocument } from './candidates';
import { isDefinitionQuestion } from './definition';
import { rowTokens } from './row-tokens';
import { createRestorer, type EverydayCounts } from './restore-diacritics';
import { analyseQuestion, type QuestionAnalysis } from './analyse-question';
import everydayCounts from '../data/everyday-counts.json';

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
  /** Restore diacritics of questions typed without them (default true; false searches the plain field alone). */
  restore?: boolean;
  /** Everyday-writing counts of the restorer (default: the committed ones). */
  everyday?: EverydayCounts;
}

/** A ranked row before the article is decoded. */
export interface RankedRow {
  doc: number;
  score: number;
  confidence: number;
}

/** A question made ready for ranking: how it was read, its terms, and the candidate pool. */
export interface Prepared {
  analysis: QuestionAnalysis;
  terms: QueryTerm[];
  /** Searched on the diacritics-free field alone. */
  unaccented: boolean;
  definition: boolean;
  pool: Bm25Result;
}

/** Creates the retriever: direct citation lookup, BM25 over unigrams+bigrams (accented or plain field), optional re-ranking. */
export function createLegalSearch(data: IndexData, opts: SearchOptions = {}) {
  const bm25 = createBm25(data, opts.bm25 ?? DEFAULT_BM25);
  const refs = createReferenceLookup(data);
  const definitions = definitionsByDocument(data);
  const weights = opts.weights ?? DEFAULT_QUERY_WEIGHTS;
  const poolSize = opts.candidates ?? 50;
  const semantic = createSemanticScorer(data);
  const semanticExtra = opts.semanticExtra ?? 20;
  const restore = opts.restore === false ? undefined : createRestorer(data, opts.everyday ?? everydayCounts);
  const reranker: Reranker | undefined = opts.reranker ? createLinearReranker(opts.reranker, bm25.idf, semantic) : undefined;
  // Tokenise titles, topics and headings now rather than during the first questions.
  if (reranker) rowTokens(data);

  /** Reads the question and gathers its candidates; `exclude` hides articles (training: a subject taken out). */
  function prepare(query: string, k: number, exclude?: (doc: number) => boolean): Prepared {
    const analysis = analyseQuestion(query, restore);
    const { terms, unaccented } = queryTerms(analysis, weights);
    const definition = isDefinitionQuestion(analysis.text);
    const pool = candidatePool(data, bm25, definitions, terms, Math.max(k, poolSize), definition, semantic, semanticExtra, exclude);
    return { analysis, terms, unaccented, definition, pool };
  }

  /** Ranks index rows for a question, best first. */
  function rank(query: string, k: number, exclude?: (doc: number) => boolean): RankedRow[] {
    const prepared = prepare(query, k, exclude);
    const { hits, ideal } = prepared.pool;
    let rows: RankedRow[];
    if (reranker && hits.length > 0) {
      rows = reranker.rerank(data, prepared);
    } else {
      rows = hits.map((h) => ({ doc: h.doc, score: h.score, confidence: ideal > 0 ? Math.min(1, h.score / ideal) : 0 }));
    }
    const ref = exclude ? undefined : parseReference(query);
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
  return { retriever, rank, prepare, bm25, semantic };
}
