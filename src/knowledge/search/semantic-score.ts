import { findTerm, type IndexData } from '../index/index-data';
import type { QueryTerm } from './query-terms';

/** Scores articles against a question in the corpus-learned semantic space (see index/semantic.ts). */
export interface SemanticScorer {
  /** The question's folded-in vector, or undefined when none of its terms has one. */
  queryVector(terms: QueryTerm[]): Float32Array | undefined;
  /** Cosine between a question vector and an article. */
  cosine(qv: Float32Array, doc: number): number;
  /** Cosine between a question vector and an article's title. */
  titleCosine(qv: Float32Array, doc: number): number;
}

/** Creates the scorer, or undefined for an index built without semantic vectors. */
export function createSemanticScorer(data: IndexData): SemanticScorer | undefined {
  const sem = data.semantic;
  if (!sem) return undefined;
  const D = sem.dims;
  return {
    queryVector(terms) {
      const qv = new Float32Array(D);
      let any = false;
      for (const t of terms) {
        const row = findTerm(data, t.key);
        const slot = row < 0 ? -1 : sem.termSlot[row];
        if (slot < 0) continue;
        any = true;
        const w = t.weight * sem.termIdf[slot] * sem.termScale[slot];
        const o = slot * D;
        for (let c = 0; c < D; c++) qv[c] += w * sem.termVecs[o + c];
      }
      if (!any) return undefined;
      let s = 0;
      for (let c = 0; c < D; c++) s += qv[c] * qv[c];
      const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
      for (let c = 0; c < D; c++) qv[c] *= inv;
      return qv;
    },
    cosine(qv, doc) {
      const o = doc * D;
      let s = 0;
      for (let c = 0; c < D; c++) s += qv[c] * sem.docVecs[o + c];
      return s * sem.docScale[doc];
    },
    titleCosine(qv, doc) {
      const o = doc * D;
      let s = 0;
      for (let c = 0; c < D; c++) s += qv[c] * sem.titleVecs[o + c];
      return s * sem.titleScale[doc];
    },
  };
}
