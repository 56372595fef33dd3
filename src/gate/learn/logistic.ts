/** Sparse rows (compressed sparse row): row i holds idx/val[ptr[i] .. ptr[i+1]). */
export interface Csr {
  rows: number;
  dims: number;
  ptr: Int32Array;
  idx: Int32Array;
  val: Float32Array;
}

/** Options of one binary logistic regression. */
export interface LogisticOptions {
  /** L2 penalty on the weights (not the bias), per example. */
  l2: number;
  /** Weight of a positive example relative to a negative one. */
  posWeight: number;
  iterations: number;
  /** Rows to train on (all when absent). */
  rows?: Int32Array;
}

/** Weights and bias of one binary classifier. */
export interface Linear { w: Float64Array; b: number }

/** Score of row i: b + w·x_i. */
export function scoreRow(X: Csr, i: number, m: Linear): number {
  let s = m.b;
  for (let p = X.ptr[i]; p < X.ptr[i + 1]; p++) s += m.w[X.idx[p]] * X.val[p];
  return s;
}

function log1pExp(z: number): number {
  return z > 30 ? z : z < -30 ? Math.exp(z) : Math.log1p(Math.exp(z));
}

/**
 * Trains a binary L2-regularised logistic regression by L-BFGS (deterministic: full batch, no randomness).
 * y[i] is 1 for a positive row.
 */
export function trainLogistic(full: Csr, y: Uint8Array, opts: LogisticOptions): Linear {
  // optimise only over the columns the training rows use (the others stay 0 under L2): far fewer dimensions
  const { X, rows, columns } = compact(full, opts.rows);
  const D = X.dims + 1; // the last coordinate is the bias
  let totalWeight = 0;
  for (const i of rows) totalWeight += y[i] ? opts.posWeight : 1;
  const inv = 1 / totalWeight;
  const z = new Float64Array(rows.length);
  const evaluate = (x: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    let loss = 0;
    const b = x[D - 1];
    for (let r = 0; r < rows.length; r++) {
      const i = rows[r];
      let s = b;
      for (let p = X.ptr[i]; p < X.ptr[i + 1]; p++) s += x[X.idx[p]] * X.val[p];
      z[r] = s;
      const c = (y[i] ? opts.posWeight : 1) * inv;
      const m = y[i] ? -s : s; // loss = log(1 + e^m)
      loss += c * log1pExp(m);
      const sig = m > 0 ? 1 / (1 + Math.exp(-m)) : Math.exp(m) / (1 + Math.exp(m));
      const g = c * sig * (y[i] ? -1 : 1);
      for (let p = X.ptr[i]; p < X.ptr[i + 1]; p++) grad[X.idx[p]] += g * X.val[p];
      grad[D - 1] += g;
    }
    let reg = 0;
    for (let j = 0; j < D - 1; j++) { reg += x[j] * x[j]; grad[j] += opts.l2 * x[j]; }
    return loss + 0.5 * opts.l2 * reg;
  };
  const x = new Float64Array(D);
  const g = new Float64Array(D);
  let f = evaluate(x, g);
  const M = 8;
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const dir = new Float64Array(D);
  const xNew = new Float64Array(D);
  const gNew = new Float64Array(D);
  const alpha = new Float64Array(M);
  for (let it = 0; it < opts.iterations; it++) {
    // two-loop recursion: dir = -H g
    for (let j = 0; j < D; j++) dir[j] = -g[j];
    for (let k = S.length - 1; k >= 0; k--) {
      let a = 0; for (let j = 0; j < D; j++) a += S[k][j] * dir[j];
      a *= rho[k]; alpha[k] = a;
      for (let j = 0; j < D; j++) dir[j] -= a * Y[k][j];
    }
    if (S.length > 0) {
      const k = S.length - 1;
      let sy = 0; let yy = 0;
      for (let j = 0; j < D; j++) { sy += S[k][j] * Y[k][j]; yy += Y[k][j] * Y[k][j]; }
      const gamma = sy / yy;
      for (let j = 0; j < D; j++) dir[j] *= gamma;
    }
    for (let k = 0; k < S.length; k++) {
      let bta = 0; for (let j = 0; j < D; j++) bta += Y[k][j] * dir[j];
      bta *= rho[k];
      for (let j = 0; j < D; j++) dir[j] += (alpha[k] - bta) * S[k][j];
    }
    let slope = 0; for (let j = 0; j < D; j++) slope += g[j] * dir[j];
    if (slope >= 0) { for (let j = 0; j < D; j++) dir[j] = -g[j]; slope = 0; for (let j = 0; j < D; j++) slope -= g[j] * g[j]; S.length = 0; Y.length = 0; rho.length = 0; }
    let step = S.length === 0 && it === 0 ? 1 / Math.sqrt(-slope) : 1;
    let fNew = 0;
    let ok = false;
    for (let ls = 0; ls < 30; ls++) {
      for (let j = 0; j < D; j++) xNew[j] = x[j] + step * dir[j];
      fNew = evaluate(xNew, gNew);
      if (fNew <= f + 1e-4 * step * slope) { ok = true; break; }
      step *= 0.5;
    }
    if (!ok) break;
    const s = new Float64Array(D); const yv = new Float64Array(D);
    let sy = 0;
    for (let j = 0; j < D; j++) { s[j] = xNew[j] - x[j]; yv[j] = gNew[j] - g[j]; sy += s[j] * yv[j]; }
    x.set(xNew); g.set(gNew);
    const done = Math.abs(f - fNew) < 1e-7 * Math.max(1, Math.abs(f));
    f = fNew;
    if (sy > 1e-12) {
      S.push(s); Y.push(yv); rho.push(1 / sy);
      if (S.length > M) { S.shift(); Y.shift(); rho.shift(); }
    }
    if (done) break;
  }
  const w = new Float64Array(full.dims);
  for (let j = 0; j < columns.length; j++) w[columns[j]] = x[j];
  return { w, b: x[D - 1] };
}

/** The training rows as their own matrix over the columns they use; `columns[j]` is compact column j's original index. */
function compact(X: Csr, subset?: Int32Array): { X: Csr; rows: Int32Array; y?: undefined; columns: Int32Array } {
  const rows = subset ?? Int32Array.from({ length: X.rows }, (_, i) => i);
  const map = new Int32Array(X.dims).fill(-1);
  const columns: number[] = [];
  let nnz = 0;
  for (const i of rows) for (let p = X.ptr[i]; p < X.ptr[i + 1]; p++) { nnz++; if (map[X.idx[p]] < 0) { map[X.idx[p]] = columns.length; columns.push(X.idx[p]); } }
  const ptr = new Int32Array(X.rows + 1);
  const idx = new Int32Array(nnz);
  const val = new Float32Array(nnz);
  // keep the original row numbering (labels index by it); rows outside the subset are empty
  let q = 0;
  const inSubset = new Uint8Array(X.rows);
  for (const i of rows) inSubset[i] = 1;
  for (let i = 0; i < X.rows; i++) {
    if (inSubset[i]) for (let p = X.ptr[i]; p < X.ptr[i + 1]; p++) { idx[q] = map[X.idx[p]]; val[q] = X.val[p]; q++; }
    ptr[i + 1] = q;
  }
  return { X: { rows: X.rows, dims: columns.length, ptr, idx, val }, rows, columns: Int32Array.from(columns) };
}
