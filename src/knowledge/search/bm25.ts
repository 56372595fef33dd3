import { TF_SCALE, findTerm, type IndexData } from '../index/index-data';
import type { QueryTerm } from './query-terms';
import { topRows } from './top-rows';

/** BM25 parameters; terms in more than `maxDfRatio` of articles carry no signal and are skipped. */
export interface Bm25Params {
  k1: number;
  b: number;
  maxDfRatio: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75, maxDfRatio: 0.3 };

/** A scored candidate: total BM25, its unigram part, and the share of query idf it matches. */
export interface Scored {
  doc: number;
  score: number;
  uni: number;
  coverage: number;
}

/** What one query's scoring pass returns: top candidates and the ideal scores used to normalise them. */
export interface Bm25Result {
  hits: Scored[];
  /** Score of an article matching every term once at average length: Σ weight·idf·(k1+1). */
  ideal: number;
  idealUni: number;
}

/** Creates a BM25 scorer over the index; reuses its accumulators, so one scorer serves one query at a time. */
export function createBm25(data: IndexData, params: Bm25Params = DEFAULT_BM25) {
  const n = data.n;
  let total = 0;
  for (let i = 0; i < n; i++) total += data.docLen[i];
  const avgdl = n ? total / n : 1;
  const norm = new Float32Array(n);
  for (let i = 0; i < n; i++) norm[i] = params.k1 * (1 - params.b + (params.b * data.docLen[i]) / avgdl);
  const acc = new Float32Array(n);
  const accUni = new Float32Array(n);
  const accCov = new Float32Array(n);
  const touched = new Uint32Array(n);
  const work = new Float32Array(n);
  const { offsets, postDoc, postTf } = data;
  const k1p1 = params.k1 + 1;
  const invScale = 1 / TF_SCALE;
  const maxDf = Math.max(1, Math.floor(params.maxDfRatio * n));

  /** Inverse document frequency of a term row. */
  function idf(row: number): number {
    const df = data.offsets[row + 1] - data.offsets[row];
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Scores the query terms and returns the top `limit` candidates. */
  function search(terms: QueryTerm[], limit: number): Bm25Result {
    let nTouched = 0;
    let ideal = 0;
    let idealUni = 0;
    let covTotal = 0;
    for (const t of terms) {
      const row = findTerm(data, t.key);
      const isUni = !t.term.includes(' ');
      if (row < 0) {
        // An unknown word still counts against coverage: the article cannot match it.
        if (isUni) covTotal += t.weight * Math.log(1 + n);
        continue;
      }
      const start = offsets[row];
      const end = offsets[row + 1];
      if (end - start > maxDf) continue;
      const termIdf = idf(row);
      const w = t.weight * termIdf;
      ideal += w * k1p1;
      if (isUni) {
        idealUni += w * k1p1;
        covTotal += w;
      }
      // Two loops rather than a branch per posting: this is the hottest code of a question.
      if (isUni) {
        for (let p = start; p < end; p++) {
          const d = postDoc[p];
          const tf = postTf[p] * invScale;
          if (acc[d] === 0) touched[nTouched++] = d;
          const s = (w * tf * k1p1) / (tf + norm[d]);
          acc[d] += s;
          accUni[d] += s;
          accCov[d] += w;
        }
      } else {
        for (let p = start; p < end; p++) {
          const d = postDoc[p];
          const tf = postTf[p] * invScale;
          if (acc[d] === 0) touched[nTouched++] = d;
          acc[d] += (w * tf * k1p1) / (tf + norm[d]);
        }
      }
    }
    const best = topRows(touched, nTouched, acc, limit, work);
    const hits = best.map((d) => ({ doc: d, score: acc[d], uni: accUni[d], coverage: covTotal > 0 ? accCov[d] / covTotal : 0 }));
    for (let i = 0; i < nTouched; i++) {
      const d = touched[i];
      acc[d] = 0;
      accUni[d] = 0;
      accCov[d] = 0;
    }
    return { hits, ideal, idealUni };
  }

  return { search, idf };
}
