/** Training rows of a ranking problem: feature vectors, 0/1 labels, and the [start, end) rows of each question. */
export interface RankingRows {
  X: number[][];
  y: number[];
  groups: [number, number][];
  /** Weight of each row in the loss (default 1). */
  weight?: number[];
}

/** Options of the logistic fit. */
export interface LogisticOptions {
  l2: number;
  iterations: number;
  /** Weight of the listwise term (softmax over each question's candidates): ordering, not only calibration. */
  listwise: number;
}

/**
 * Logistic regression by full-batch Adam on the mean log-loss, an L2 penalty and an optional listwise term;
 * deterministic (zero start, fixed order). Returns the weights and the bias.
 */
export function fitLogistic(rows: RankingRows, opts: LogisticOptions): { weights: number[]; bias: number } {
  const { X, y, groups } = rows;
  const d = X[0]?.length ?? 0;
  const w = new Array<number>(d + 1).fill(0);
  const m = new Array<number>(d + 1).fill(0);
  const v = new Array<number>(d + 1).fill(0);
  for (let it = 1; it <= opts.iterations; it++) {
    const g = new Array<number>(d + 1).fill(0);
    const zs = X.map((x) => {
      let z = w[d];
      for (let j = 0; j < d; j++) z += w[j] * x[j];
      return z;
    });
    for (let i = 0; i < X.length; i++) {
      const err = (1 / (1 + Math.exp(-zs[i])) - y[i]) * (rows.weight?.[i] ?? 1);
      for (let j = 0; j < d; j++) g[j] += err * X[i][j];
      g[d] += err;
    }
    if (opts.listwise > 0) {
      for (const [a, b] of groups) {
        let mx = -Infinity;
        for (let i = a; i < b; i++) mx = Math.max(mx, zs[i]);
        let sum = 0;
        let pos = 0;
        for (let i = a; i < b; i++) {
          sum += Math.exp(zs[i] - mx);
          pos += y[i];
        }
        if (pos === 0) continue;
        for (let i = a; i < b; i++) {
          const err = opts.listwise * (pos * (Math.exp(zs[i] - mx) / sum) - y[i]) * (X.length / groups.length);
          for (let j = 0; j < d; j++) g[j] += err * X[i][j];
        }
      }
    }
    for (let j = 0; j <= d; j++) {
      const gj = g[j] / Math.max(1, X.length) + (j < d ? opts.l2 * w[j] : 0);
      m[j] = 0.9 * m[j] + 0.1 * gj;
      v[j] = 0.999 * v[j] + 0.001 * gj * gj;
      w[j] -= (0.05 * (m[j] / (1 - 0.9 ** it))) / (Math.sqrt(v[j] / (1 - 0.999 ** it)) + 1e-8);
    }
  }
  return { weights: w.slice(0, d), bias: w[d] };
}
