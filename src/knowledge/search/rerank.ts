import type { IndexData } from '../index/index-data';
import type { Bm25Result } from './bm25';
import type { QueryTerm } from './query-terms';
import type { RankedRow } from './legal-search';

/** Re-orders BM25 candidates; returns rows with a calibrated confidence. */
export interface Reranker {
  rerank(data: IndexData, query: string, terms: QueryTerm[], result: Bm25Result, unaccented: boolean): RankedRow[];
}
