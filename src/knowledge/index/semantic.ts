// Latent semantic vectors learned from the corpus itself (no external model): a truncated SVD of the article ×
// term tf-idf matrix (unigrams and bigrams, both fields) by randomized range finding. Articles and questions are
// projected onto the same right singular vectors, so paraphrases sharing no word can still land close together.
import { TF_SCALE, findTerm, type IndexData, type SemanticIndex } from './index-data';
import { addBothFields, termKey } from './terms';
import { syllables } from '../normalize';
import { gramMatrix, orthonormalizeRows, symmetricEigen } from './semantic-linalg';

/** The learned term space, before title vectors are folded in. */
type TermSpace = Omit<SemanticIndex, 'titleVecs' | 'titleScale'>;

/** Settings of the decomposition (defaults chosen on the train half of the dev questions). */
export interface SemanticParams {
  dims: number;
  /** Extra random directions of the range finder, dropped at the end. */
  oversample: number;
  /** Power iterations: sharper singular vectors for more passes over the postings. */
  power: number;
  /** Terms in fewer articles than this (or more than `maxDfRatio`) get no vector. */
  minDf: number;
  maxDfRatio: number;
  /** Exponent of the singular values in the vectors: 1 is classic LSA (U·S), 0 gives every dimension equal say (U). */
  sigmaPower: number;
}

export const DEFAULT_SEMANTIC: SemanticParams = { dims: 128, oversample: 32, power: 1, minDf: 20, maxDfRatio: 0.3, sigmaPower: 1 };

/** Deterministic ±1 source (mulberry32), so the same corpus always gives the same index. */
function randomSigns(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) & 1 ? 1 : -1;
  };
}

/** Quantizes rows to int8 with one scale per row (value ≈ int8 × scale). */
function quantizeRows(m: Float64Array, rows: number, cols: number): { q: Int8Array; scale: Float32Array } {
  const q = new Int8Array(rows * cols);
  const scale = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let mx = 0;
    for (let j = 0; j < cols; j++) mx = Math.max(mx, Math.abs(m[r * cols + j]));
    const s = mx > 0 ? mx / 127 : 1;
    scale[r] = s;
    for (let j = 0; j < cols; j++) q[r * cols + j] = Math.round(m[r * cols + j] / s);
  }
  return { q, scale };
}

/** Computes the semantic vectors of an index (tens of seconds on the full Pháp điển). */
export function buildSemantic(data: IndexData, params: SemanticParams = DEFAULT_SEMANTIC): SemanticIndex | undefined {
  const n = data.n;
  const T = data.offsets.length - 1;
  const maxDf = Math.floor(params.maxDfRatio * n);
  // A small collection (a few uploaded documents) keeps terms seen twice; the Pháp điển keeps the default floor.
  const minDf = Math.max(2, Math.min(params.minDf, Math.floor(n / 1000)));
  const termSlot = new Int32Array(T).fill(-1);
  const rowOf: number[] = [];
  const idf: number[] = [];
  for (let r = 0; r < T; r++) {
    const df = data.offsets[r + 1] - data.offsets[r];
    if (df < minDf || df > maxDf) continue;
    termSlot[r] = rowOf.length;
    rowOf.push(r);
    idf.push(Math.log(n / df));
  }
  const V = rowOf.length;
  if (V < 2 || n < 2) return undefined;
  const l = Math.min(params.dims + params.oversample, Math.max(1, Math.min(n, V)));
  const dims = Math.min(params.dims, l);
  // Article rows are unit length, so long articles do not dominate the decomposition.
  const docNorm = new Float64Array(n);
  const weight = (p: number, j: number): number => (1 + Math.log(data.postTf[p] / TF_SCALE + 1)) * idf[j];
  for (let j = 0; j < V; j++) {
    for (let p = data.offsets[rowOf[j]]; p < data.offsets[rowOf[j] + 1]; p++) docNorm[data.postDoc[p]] += weight(p, j) ** 2;
  }
  for (let d = 0; d < n; d++) docNorm[d] = docNorm[d] > 0 ? 1 / Math.sqrt(docNorm[d]) : 0;

  /** Y (n×l) = X · M (V×l). */
  const mulX = (m: Float64Array): Float64Array => {
    const y = new Float64Array(n * l);
    for (let j = 0; j < V; j++) {
      const mo = j * l;
      for (let p = data.offsets[rowOf[j]]; p < data.offsets[rowOf[j] + 1]; p++) {
        const d = data.postDoc[p];
        const w = weight(p, j) * docNorm[d];
        const yo = d * l;
        for (let c = 0; c < l; c++) y[yo + c] += w * m[mo + c];
      }
    }
    return y;
  };
  /** Z (V×l) = Xᵀ · Y (n×l). */
  const mulXT = (y: Float64Array): Float64Array => {
    const z = new Float64Array(V * l);
    for (let j = 0; j < V; j++) {
      const zo = j * l;
      for (let p = data.offsets[rowOf[j]]; p < data.offsets[rowOf[j] + 1]; p++) {
        const d = data.postDoc[p];
        const w = weight(p, j) * docNorm[d];
        const yo = d * l;
        for (let c = 0; c < l; c++) z[zo + c] += w * y[yo + c];
      }
    }
    return z;
  };

  const sign = randomSigns(0x5eed);
  const omega = new Float64Array(V * l);
  for (let i = 0; i < omega.length; i++) omega[i] = sign();
  let q = orthonormalizeRows(mulX(omega), n, l);
  for (let it = 0; it < params.power; it++) q = orthonormalizeRows(mulX(mulXT(q)), n, l);
  // B = Qᵀ X = Zᵀ; B Bᵀ = Zᵀ Z = U S² Uᵀ, and the right singular vectors are Z U S⁻¹.
  const z = mulXT(q);
  const { values, vectors } = symmetricEigen(gramMatrix(z, V, l), l);
  const order = [...values.keys()].sort((a, b) => values[b] - values[a]).slice(0, dims);
  // Term vectors are right singular vectors; articles and questions are both folded in as Σ weight · term vector.
  const termVecs = new Float64Array(V * dims);
  for (let j = 0; j < V; j++) {
    for (let c = 0; c < dims; c++) {
      const e = order[c];
      const s = Math.sqrt(Math.max(values[e], 1e-12));
      let v = 0;
      for (let a = 0; a < l; a++) v += z[j * l + a] * vectors[a * l + e];
      termVecs[j * dims + c] = (v / s) * s ** (params.sigmaPower - 1);
    }
  }
  const docVecs = new Float64Array(n * dims);
  for (let j = 0; j < V; j++) {
    for (let p = data.offsets[rowOf[j]]; p < data.offsets[rowOf[j] + 1]; p++) {
      const d = data.postDoc[p];
      const w = weight(p, j) * docNorm[d];
      for (let c = 0; c < dims; c++) docVecs[d * dims + c] += w * termVecs[j * dims + c];
    }
  }
  for (let d = 0; d < n; d++) {
    let s = 0;
    for (let c = 0; c < dims; c++) s += docVecs[d * dims + c] ** 2;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let c = 0; c < dims; c++) docVecs[d * dims + c] *= inv;
  }
  const terms = quantizeRows(termVecs, V, dims);
  const docs = quantizeRows(docVecs, n, dims);
  const sem: TermSpace = { dims, termSlot, termIdf: Float32Array.from(idf), termVecs: terms.q, termScale: terms.scale, docVecs: docs.q, docScale: docs.scale };
  return { ...sem, ...foldTitles(data, sem) };
}

/** Title vectors: article titles are short and precise, so their own fold-in is a sharper signal than the whole text. */
export function foldTitles(data: IndexData, sem: TermSpace): { titleVecs: Int8Array; titleScale: Float32Array } {
  const D = sem.dims;
  const out = new Float64Array(data.n * D);
  for (let d = 0; d < data.n; d++) {
    const counts = new Map<string, number>();
    addBothFields(syllables(data.titles[d]), 1, counts);
    for (const term of counts.keys()) {
      const row = findTerm(data, termKey(term));
      const slot = row < 0 ? -1 : sem.termSlot[row];
      if (slot < 0) continue;
      const w = sem.termIdf[slot] * sem.termScale[slot];
      for (let c = 0; c < D; c++) out[d * D + c] += w * sem.termVecs[slot * D + c];
    }
    let s = 0;
    for (let c = 0; c < D; c++) s += out[d * D + c] ** 2;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let c = 0; c < D; c++) out[d * D + c] *= inv;
  }
  const q = quantizeRows(out, data.n, D);
  return { titleVecs: q.q, titleScale: q.scale };
}
