import type { IndexData } from '../index/index-data';
import type { Bm25Result, createBm25 } from './bm25';
import type { QueryTerm } from './query-terms';
import { definitionRows } from './definition';
import type { SemanticScorer } from './semantic-score';

/** How far down the BM25 list a definitions article may be pulled from, and how many leading candidates vouch for a document. */
const WIDE = 400;
const LEADING = 10;
// With a subject hidden (training), this many more BM25 rows are read so the pool still fills.
const EXCLUDE_MARGIN = 2000;

/** Rows of each document's definitions articles ("Giải thích từ ngữ"), found once per index. */
export function definitionsByDocument(data: IndexData): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const flags = definitionRows(data);
  for (let i = 0; i < data.n; i++) {
    if (!flags[i]) continue;
    const d = data.articleDoc[i];
    const rows = out.get(d);
    if (rows) rows.push(i);
    else out.set(d, [i]);
  }
  return out;
}

/**
 * The re-ranking pool: the BM25 top `pool`, plus, for a question asking what a term means, the definitions
 * articles of the documents the leading candidates come from (they rarely win on BM25: long lists of terms).
 */
export function candidatePool(
  data: IndexData,
  bm25: ReturnType<typeof createBm25>,
  definitions: Map<number, number[]>,
  terms: QueryTerm[],
  pool: number,
  definitionQuestion: boolean,
  semantic?: SemanticScorer,
  semanticExtra = 0,
  exclude?: (doc: number) => boolean,
): Bm25Result {
  if (!definitionQuestion && !(semantic && semanticExtra > 0) && !exclude) return bm25.search(terms, pool);
  const wide = bm25.search(terms, Math.max(pool, WIDE) + (exclude ? EXCLUDE_MARGIN : 0));
  if (exclude) wide.hits = wide.hits.filter((h) => !exclude(h.doc)).slice(0, Math.max(pool, WIDE));
  const hits = wide.hits.slice(0, pool);
  const rest = wide.hits.slice(pool);
  const wanted = new Set<number>();
  if (definitionQuestion) {
    for (const h of hits.slice(0, LEADING)) for (const row of definitions.get(data.articleDoc[h.doc]) ?? []) wanted.add(row);
  }
  const qv = semantic && semanticExtra > 0 ? semantic.queryVector(terms) : undefined;
  if (semantic && qv) {
    // Lexically weaker candidates that are semantically closest to the question get a chance in the re-ranker.
    const cos = rest.map((h) => semantic.cosine(qv, h.doc));
    const order = cos.map((_, i) => i).sort((a, b) => cos[b] - cos[a]).slice(0, semanticExtra);
    for (const i of order) wanted.add(rest[i].doc);
  }
  for (const h of hits) wanted.delete(h.doc);
  if (wanted.size > 0) hits.push(...rest.filter((h) => wanted.has(h.doc)));
  return { ...wide, hits };
}
