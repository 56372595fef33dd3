import type { Hit, Retriever } from '../types';
import type { IndexData } from '../index/index-data';
import { createBm25, DEFAULT_BM25, type Bm25Params } from './bm25';
import { queryTerms, DEFAULT_QUERY_WEIGHTS, type QueryTerm, type QueryWeights } from './query-terms';
import type { Bm25Result } from './bm25';
import { createReferenceLookup, parseReference } from './reference';
import { readArticle } from './records';
import type { Reranker } from './rerank';
import { createReranker, type RerankerModel } from './reranker-model';
import { createSemanticScorer } from './semantic-score';
import { candidatePool, definitionsByDocument } from './candidates';
import { isDefinitionQuestion } from './definition';
import { rowTokens } from './row-tokens';
import { createRestorer, type EverydayCounts } from './restore-diacritics';
import { analyseQuestion, type QuestionAnalysis } from './analyse-question';
import { createNamedDocuments } from './named-documents';
import { gapsIn, hasIdentifier, type KnownGap } from '../load/known-gaps';
import { answerabilityFeatures, answerabilityOf, type AnswerabilityModel } from './answerability';
import everydayCounts from '../data/everyday-counts.json';

/** Options of the search pipeline; defaults are the tuned ones. */
export interface SearchOptions {
  bm25?: Bm25Params;
  weights?: QueryWeights;
  /** Logistic-regression weights; without them the BM25 order is kept. */
  reranker?: RerankerModel;
  /** How many BM25 candidates the re-ranker sees. */
  candidates?: number;
  /** Extra pool members: the BM25 top-400 articles semantically closest to the question (default 20). */
  semanticExtra?: number;
  /** Restore diacritics of questions typed without them (default true; false searches the plain field alone). */
  restore?: boolean;
  /** Everyday-writing counts of the restorer (default: the committed ones). */
  everyday?: EverydayCounts;
  /** The answerability model: the best hit's confidence becomes the probability that the question is answerable. */
  answerability?: AnswerabilityModel;
  /** Subjects the knowledge is known to lack (knowledge/chu-de-chua-co.json). */
  gaps?: KnownGap[];
}

/** BM25 candidates the re-ranker sees (the training uses the same pool). */
export const DEFAULT_POOL = 80;

/** Highest confidence when the question names a document the knowledge base lacks: below the answer bar (0.5). */
const MISSING_DOCUMENT_CAP = 0.2;

/** A ranked row before the article is decoded. */
export interface RankedRow {
  doc: number;
  score: number;
  confidence: number;
  /** The re-ranker's feature vector of this candidate (FEATURE_NAMES order), when it was re-ranked. */
  features?: number[];
}

/** A question made ready for ranking: how it was read, its terms, and the candidate pool. */
export interface Prepared {
  analysis: QuestionAnalysis;
  terms: QueryTerm[];
  /** Searched on the diacritics-free field alone. */
  unaccented: boolean;
  definition: boolean;
  pool: Bm25Result;
  /** Documents the question names that the knowledge base does not hold ("luật cán bộ công chức", "100/2019"). */
  missingDocuments: string[];
  /** Indexes (in data.documents) of the documents the question names that the base holds. */
  namedDocuments: Set<number>;
  /** Laws of the known gaps the question speaks of. */
  gapLaws: string[];
}

/** Creates the retriever: direct citation lookup, BM25 over unigrams+bigrams (accented or plain field), optional re-ranking. */
export function createLegalSearch(data: IndexData, opts: SearchOptions = {}) {
  const bm25 = createBm25(data, opts.bm25 ?? DEFAULT_BM25);
  const refs = createReferenceLookup(data);
  const definitions = definitionsByDocument(data);
  const weights = opts.weights ?? DEFAULT_QUERY_WEIGHTS;
  const poolSize = opts.candidates ?? DEFAULT_POOL;
  const semantic = createSemanticScorer(data);
  const semanticExtra = opts.semanticExtra ?? 20;
  const namedIn = createNamedDocuments(data);
  const restore = opts.restore === false ? undefined : createRestorer(data, opts.everyday ?? everydayCounts);
  const reranker: Reranker | undefined = opts.reranker ? createReranker(opts.reranker, bm25.idf, semantic) : undefined;
  // Tokenise titles, topics and headings now rather than during the first questions.
  if (reranker) rowTokens(data);

  /**
   * The known gaps of a question, read on its restored text; where the question carries identifiers (which the reading
   * drops), a gap counts only if the question as typed speaks of it beyond labelling one ("có CCCD 0010…").
   */
  function gapLawsOf(query: string, read: string, gaps: KnownGap[]): string[] {
    const laws = gapsIn(read, gaps);
    if (laws.length === 0 || !hasIdentifier(query)) return laws;
    const typed = new Set(gapsIn(query, gaps));
    return laws.filter((l) => typed.has(l));
  }

  /** Reads the question and gathers its candidates; `exclude` hides articles (training: a subject taken out). */
  function prepare(query: string, k: number, exclude?: (doc: number) => boolean): Prepared {
    const analysis = analyseQuestion(query, restore);
    const { terms, unaccented } = queryTerms(analysis, weights);
    const definition = isDefinitionQuestion(analysis.text);
    const pool = candidatePool(data, bm25, definitions, terms, Math.max(k, poolSize), definition, semantic, semanticExtra, exclude);
    const named = namedIn(analysis.text);
    return { analysis, terms, unaccented, definition, pool, missingDocuments: named.missing, namedDocuments: named.held, gapLaws: gapLawsOf(query, analysis.text, opts.gaps ?? []) };
  }

  /** Ranks index rows for a question, best first. */
  function rank(query: string, k: number, exclude?: (doc: number) => boolean): RankedRow[] {
    return rankPrepared(query, k, prepare(query, k, exclude), exclude);
  }

  function rankPrepared(query: string, k: number, prepared: Prepared, exclude?: (doc: number) => boolean): RankedRow[] {
    const { hits, ideal } = prepared.pool;
    let rows: RankedRow[];
    if (reranker && hits.length > 0) {
      rows = reranker.rerank(data, prepared);
      if (opts.answerability) {
        // The best hit carries the question's answerability; the others keep their standing relative to it.
        let p = answerabilityOf(opts.answerability, answerabilityFeatures(data, prepared, rows, bm25.idf));
        // A question about a document the base does not hold is answered by that document, not by its neighbours.
        if (prepared.missingDocuments.length > 0) p = Math.min(p, MISSING_DOCUMENT_CAP);
        const first = rows[0].confidence || 1;
        rows = rows.map((r) => ({ ...r, confidence: p * Math.min(1, r.confidence / first) }));
      }
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

  const toHits = (rows: RankedRow[]): Hit[] => rows.map((r) => ({ article: readArticle(data, r.doc), score: r.score, confidence: r.confidence }));
  const retriever: Retriever = {
    search: (query, k) => toHits(rank(query, k)),
    lookup(query, k) {
      const prepared = prepare(query, k);
      const rows = rankPrepared(query, k, prepared);
      const answerability = reranker && opts.answerability ? rows[0]?.confidence ?? 0 : undefined;
      return { hits: toHits(rows), missingDocuments: prepared.missingDocuments, uncoveredLaws: prepared.gapLaws, ...(answerability === undefined ? {} : { answerability }) };
    },
  };
  return { retriever, rank, prepare, bm25, semantic };
}
