import type { IndexData } from '../index/index-data';
import type { Prepared, RankedRow } from './legal-search';

/** Re-orders a question's candidates; returns rows with a calibrated confidence. */
export interface Reranker {
  rerank(data: IndexData, prepared: Prepared): RankedRow[];
}
