// Small dense linear algebra for the semantic index: just what a randomized SVD needs, no dependency.

/** Cholesky factor (lower) of a symmetric positive matrix; tiny pivots are floored so rank-deficient input survives. */
function cholesky(g: Float64Array, l: number): Float64Array {
  const L = new Float64Array(l * l);
  for (let i = 0; i < l; i++) {
    for (let j = 0; j <= i; j++) {
      let s = g[i * l + j];
      for (let k = 0; k < j; k++) s -= L[i * l + k] * L[j * l + k];
      if (i === j) L[i * l + i] = Math.sqrt(Math.max(s, 1e-10 * (g[i * l + i] || 1)));
      else L[i * l + j] = s / L[j * l + j];
    }
  }
  return L;
}

/** Yᵀ Y (l × l, symmetric) of Y (rows × l, row-major). */
export function gramMatrix(y: Float64Array, rows: number, l: number): Float64Array {
  const g = new Float64Array(l * l);
  for (let r = 0; r < rows; r++) {
    const o = r * l;
    for (let a = 0; a < l; a++) {
      const ya = y[o + a];
      if (ya === 0) continue;
      for (let b = a; b < l; b++) g[a * l + b] += ya * y[o + b];
    }
  }
  for (let a = 0; a < l; a++) for (let b = 0; b < a; b++) g[a * l + b] = g[b * l + a];
  return g;
}

/** One Cholesky-QR pass: Y ← Y R⁻¹ where Yᵀ Y = Rᵀ R (Y is rows × l, row-major). */
function choleskyQr(y: Float64Array, rows: number, l: number): void {
  const g = gramMatrix(y, rows, l);
  const L = cholesky(g, l);
  // Solve x Lᵀ = y for each row (forward substitution), in place.
  for (let r = 0; r < rows; r++) {
    const o = r * l;
    for (let j = 0; j < l; j++) {
      let s = y[o + j];
      for (let k = 0; k < j; k++) s -= y[o + k] * L[j * l + k];
      y[o + j] = s / L[j * l + j];
    }
  }
}

/** Orthonormalizes the columns of a row-major matrix (Cholesky-QR twice, stable enough in float64). */
export function orthonormalizeRows(y: Float64Array, rows: number, l: number): Float64Array {
  choleskyQr(y, rows, l);
  choleskyQr(y, rows, l);
  return y;
}

/** Eigen-decomposition of a small symmetric matrix by cyclic Jacobi; eigenvectors are the columns of `vectors`. */
export function symmetricEigen(m: Float64Array, l: number): { values: number[]; vectors: Float64Array } {
  const a = Float64Array.from(m);
  const v = new Float64Array(l * l);
  for (let i = 0; i < l; i++) v[i * l + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    let diag = 0;
    for (let p = 0; p < l; p++) {
      diag += a[p * l + p] ** 2;
      for (let q = p + 1; q < l; q++) off += a[p * l + q] ** 2;
    }
    if (off <= 1e-22 * diag) break;
    for (let p = 0; p < l; p++) {
      for (let q = p + 1; q < l; q++) {
        const apq = a[p * l + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * l + q] - a[p * l + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < l; k++) {
          const akp = a[k * l + p];
          const akq = a[k * l + q];
          a[k * l + p] = c * akp - s * akq;
          a[k * l + q] = s * akp + c * akq;
        }
        for (let k = 0; k < l; k++) {
          const apk = a[p * l + k];
          const aqk = a[q * l + k];
          a[p * l + k] = c * apk - s * aqk;
          a[q * l + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < l; k++) {
          const vkp = v[k * l + p];
          const vkq = v[k * l + q];
          v[k * l + p] = c * vkp - s * vkq;
          v[k * l + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: Array.from({ length: l }, (_, i) => a[i * l + i]), vectors: v };
}
