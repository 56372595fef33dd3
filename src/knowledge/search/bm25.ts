import { TF_SCALE, findTerm, type IndexData } from '../index/index-data';
import type { QueryTerm } from './query-terms';

/** BM25 parameters; terms in more than `maxDfRatio` of articles carry no signal and are skipped. */
export interface Bm25Params {
  k1: number;
  b: number;
  maxDfRatio: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75, maxDfRatio: 0.3 };

/** A scored candidate article (index row) with the query's best possible score for normalisation. */
export interface Scored {
  doc: number;
  score: number;
}

/** Creates a BM25 scorer over the index; reuses one accumulator, so one scorer serves one query at a time. */
export function createBm25(data: IndexData, params: Bm25Params = DEFAULT_BM25) {
  const n = data.n;
  let total = 0;
  for (let i = 0; i < n; i++) total += data.docLen[i];
  const avgdl = n ? total / n : 1;
  const norm = new Float32Array(n);
  for (let i = 0; i < n; i++) norm[i] = params.k1 * (1 - params.b + (params.b * data.docLen[i]) / avgdl);
  const acc = new Float32Array(n);
  const touched = new Uint32Array(n);
  const maxDf = Math.max(1, Math.floor(params.maxDfRatio * n));

  /** Inverse document frequency of a term row. */
  function idf(row: number): number {
    const df = data.offsets[row + 1] - data.offsets[row];
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Scores the query terms; returns the top `limit` candidates and the query's ideal score (sum of idf·(k1+1)·weight). */
  function search(terms: QueryTerm[], limit: number): { hits: Scored[]; ideal: number } {
    let nTouched = 0;
    let ideal = 0;
    for (const t of terms) {
      const row = findTerm(data, t.key);
      if (row < 0) continue;
      const start = data.offsets[row];
      const end = data.offsets[row + 1];
      if (end - start > maxDf) continue;
      const w = t.weight * idf(row);
      ideal += w * (params.k1 + 1);
      for (let p = start; p < end; p++) {
        const d = data.postDoc[p];
        const tf = data.postTf[p] / TF_SCALE;
        if (acc[d] === 0) touched[nTouched++] = d;
        acc[d] += (w * tf * (params.k1 + 1)) / (tf + norm[d]);
      }
    }
    const hits: Scored[] = [];
    for (let i = 0; i < nTouched; i++) {
      const d = touched[i];
      hits.push({ doc: d, score: acc[d] });
      acc[d] = 0;
    }
    hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return { hits: hits.length > limit ? hits.slice(0, limit) : hits, ideal };
  }

  return { search, idf };
}
