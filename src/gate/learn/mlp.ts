import type { Csr } from './logistic';
import { rng } from '../../core/seeded-random';
export { rng };

/** A one-hidden-layer network over the hashed features (an embedding bag, ReLU, one sigmoid output per category). */
export interface Mlp {
  dims: number;
  hidden: number;
  outputs: number;
  /** Row-major embedding: emb[j * hidden + h]. */
  emb: Float32Array;
  b1: Float32Array;
  /** Output weights: w2[k * hidden + h]. */
  w2: Float32Array;
  b2: Float32Array;
}

/** Training options of the network. */
export interface MlpOptions {
  hidden: number;
  epochs: number;
  rate: number;
  l2: number;
  dropout: number;
  posWeight: number;
  seed: number;
  /** Networks trained with successive seeds and averaged (mergeMlps). */
  members?: number;
}


/** The hidden layer's input (before ReLU) for one row. */
function hiddenPre(m: Mlp, X: Csr, i: number, out: Float64Array): void {
  const H = m.hidden;
  for (let h = 0; h < H; h++) out[h] = m.b1[h];
  for (let p = X.ptr[i]; p < X.ptr[i + 1]; p++) {
    const o = X.idx[p] * H; const v = X.val[p];
    for (let h = 0; h < H; h++) out[h] += v * m.emb[o + h];
  }
}

/** Output logits of one row. */
export function mlpScores(m: Mlp, X: Csr, i: number): Float64Array {
  const H = m.hidden;
  const a = new Float64Array(H);
  hiddenPre(m, X, i, a);
  const out = new Float64Array(m.outputs);
  for (let k = 0; k < m.outputs; k++) {
    let s = m.b2[k];
    for (let h = 0; h < H; h++) if (a[h] > 0) s += m.w2[k * H + h] * a[h];
    out[k] = s;
  }
  return out;
}

/**
 * Trains the network by Adagrad over shuffled rows (seeded, so two runs give the same weights); labels[k][i] = 1
 * when row i carries output k. Sparse rows update only the embedding rows they use.
 */
export function trainMlp(X: Csr, labels: Uint8Array[], rows: Int32Array, o: MlpOptions): Mlp {
  const H = o.hidden; const K = labels.length;
  const rand = rng(o.seed);
  const scale = 0.1;
  // only the rows of features the training rows use get a random start; the others stay 0 (unseen features add nothing)
  const emb = new Float32Array(X.dims * H);
  const used = new Uint8Array(X.dims);
  for (const i of rows) for (let p = X.ptr[i]; p < X.ptr[i + 1]; p++) used[X.idx[p]] = 1;
  for (let j = 0; j < X.dims; j++) if (used[j]) for (let h = 0; h < H; h++) emb[j * H + h] = (rand() * 2 - 1) * scale;
  const w2 = Float32Array.from({ length: K * H }, () => (rand() * 2 - 1) / Math.sqrt(H));
  const m: Mlp = { dims: X.dims, hidden: H, outputs: K, emb, b1: new Float32Array(H).fill(0.01), w2, b2: new Float32Array(K) };
  const gEmb = new Float32Array(X.dims * H).fill(1e-6);
  const gB1 = new Float64Array(H).fill(1e-6); const gW2 = new Float64Array(K * H).fill(1e-6); const gB2 = new Float64Array(K).fill(1e-6);
  const a = new Float64Array(H); const mask = new Float64Array(H); const dh = new Float64Array(H);
  const order = Array.from(rows);
  for (let e = 0; e < o.epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    for (const i of order) {
      hiddenPre(m, X, i, a);
      for (let h = 0; h < H; h++) mask[h] = a[h] > 0 && rand() >= o.dropout ? 1 / (1 - o.dropout) : 0;
      dh.fill(0);
      for (let k = 0; k < K; k++) {
        let s = m.b2[k];
        for (let h = 0; h < H; h++) s += m.w2[k * H + h] * a[h] * mask[h];
        const y = labels[k][i];
        const p = 1 / (1 + Math.exp(-s));
        const g = (p - y) * (y ? o.posWeight : 1);
        for (let h = 0; h < H; h++) {
          const hv = a[h] * mask[h];
          if (mask[h]) dh[h] += g * m.w2[k * H + h] * mask[h];
          const gw = g * hv + o.l2 * m.w2[k * H + h];
          gW2[k * H + h] += gw * gw; m.w2[k * H + h] -= o.rate * gw / Math.sqrt(gW2[k * H + h]);
        }
        gB2[k] += g * g; m.b2[k] -= o.rate * g / Math.sqrt(gB2[k]);
      }
      for (let h = 0; h < H; h++) { const g = dh[h]; if (!g) continue; gB1[h] += g * g; m.b1[h] -= o.rate * g / Math.sqrt(gB1[h]); }
      for (let p = X.ptr[i]; p < X.ptr[i + 1]; p++) {
        const off = X.idx[p] * H; const v = X.val[p];
        for (let h = 0; h < H; h++) {
          if (!dh[h]) continue;
          const g = dh[h] * v + o.l2 * m.emb[off + h];
          gEmb[off + h] += g * g; m.emb[off + h] -= o.rate * g / Math.sqrt(gEmb[off + h]);
        }
      }
    }
  }
  return m;
}

/**
 * Several networks averaged, as one network: their hidden units side by side and each output layer divided by the
 * number of networks (so the ensemble costs what one network of the summed width costs).
 */
export function mergeMlps(nets: Mlp[]): Mlp {
  if (nets.length === 1) return nets[0];
  const M = nets.length; const H = nets[0].hidden; const K = nets[0].outputs; const dims = nets[0].dims;
  const W = H * M;
  const emb = new Float32Array(dims * W);
  for (let j = 0; j < dims; j++) nets.forEach((n, m) => emb.set(n.emb.subarray(j * H, (j + 1) * H), j * W + m * H));
  const b1 = new Float32Array(W); nets.forEach((n, m) => b1.set(n.b1, m * H));
  const w2 = new Float32Array(K * W);
  for (let k = 0; k < K; k++) nets.forEach((n, m) => { for (let h = 0; h < H; h++) w2[k * W + m * H + h] = n.w2[k * H + h] / M; });
  const b2 = Float32Array.from({ length: K }, (_, k) => nets.reduce((a, n) => a + n.b2[k], 0) / M);
  return { dims, hidden: W, outputs: K, emb, b1, w2, b2 };
}
