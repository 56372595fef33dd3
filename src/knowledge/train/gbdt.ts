// Gradient-boosted regression trees for ranking (LambdaMART): each tree fits the lambda gradients of NDCG over
// every question's candidates, on features cut into quantile bins. Deterministic: no sampling.
import type { RankingRows } from './logistic';
import type { Ensemble, Tree } from '../search/tree-ensemble';

/** Options of the boosting. */
export interface GbdtOptions {
  trees: number;
  depth: number;
  learningRate: number;
  minLeaf: number;
  bins: number;
  /** L2 regularisation of leaf values. */
  lambda: number;
  /** lambdarank: NDCG over each group's rows (ranking); logistic: each row's 0/1 label (a calibrated log-odds). */
  loss: 'lambdarank' | 'logistic';
}

export const DEFAULT_GBDT: GbdtOptions = { trees: 300, depth: 4, learningRate: 0.08, minLeaf: 30, bins: 48, lambda: 5, loss: 'lambdarank' };

/** Quantile cut points of each feature (at most `bins` - 1 per feature). */
function cutPoints(X: number[][], bins: number): number[][] {
  const d = X[0]?.length ?? 0;
  const cuts: number[][] = [];
  for (let j = 0; j < d; j++) {
    const vals = X.map((x) => x[j]).sort((a, b) => a - b);
    const c: number[] = [];
    for (let b = 1; b < bins; b++) {
      const v = vals[Math.floor((b * vals.length) / bins)];
      if (c.length === 0 || v > c[c.length - 1]) c.push(v);
    }
    // The top value never splits anything off.
    while (c.length && c[c.length - 1] >= vals[vals.length - 1]) c.pop();
    cuts.push(c);
  }
  return cuts;
}

/** LambdaRank gradients (and hessians) of NDCG for every row, from the current scores. */
function lambdas(rows: RankingRows, scores: Float64Array): { g: Float64Array; h: Float64Array } {
  const g = new Float64Array(rows.X.length);
  const h = new Float64Array(rows.X.length);
  for (const [a, b] of rows.groups) {
    const idx: number[] = [];
    for (let i = a; i < b; i++) idx.push(i);
    idx.sort((p, q) => scores[q] - scores[p]);
    const rankOf = new Map<number, number>();
    idx.forEach((i, r) => rankOf.set(i, r));
    let ideal = 0;
    const pos = idx.filter((i) => rows.y[i] > 0).length;
    for (let r = 0; r < pos; r++) ideal += 1 / Math.log2(r + 2);
    if (ideal === 0) continue;
    for (let i = a; i < b; i++) {
      if (rows.y[i] <= 0) continue;
      for (let j = a; j < b; j++) {
        if (rows.y[j] > 0) continue;
        const ri = rankOf.get(i) as number;
        const rj = rankOf.get(j) as number;
        const delta = Math.abs(1 / Math.log2(ri + 2) - 1 / Math.log2(rj + 2)) / ideal;
        const rho = 1 / (1 + Math.exp(scores[i] - scores[j]));
        const lam = rho * delta;
        g[i] -= lam;
        g[j] += lam;
        const w = rho * (1 - rho) * delta;
        h[i] += w;
        h[j] += w;
      }
    }
  }
  return { g, h };
}

/** Gradients and hessians of the log-loss of each row's label. */
function logisticGradients(rows: RankingRows, scores: Float64Array): { g: Float64Array; h: Float64Array } {
  const g = new Float64Array(rows.X.length);
  const h = new Float64Array(rows.X.length);
  for (let i = 0; i < rows.X.length; i++) {
    const p = 1 / (1 + Math.exp(-scores[i]));
    const w = rows.weight?.[i] ?? 1;
    g[i] = (p - rows.y[i]) * w;
    h[i] = Math.max(p * (1 - p), 1e-6) * w;
  }
  return { g, h };
}

/** Trains a boosted ensemble on rows (LambdaMART by default; logistic boosting for 0/1 labels). */
export function trainGbdt(rows: RankingRows, featureNames: string[], opts: Partial<GbdtOptions> = {}): Ensemble {
  const o: GbdtOptions = { ...DEFAULT_GBDT, ...opts };
  const n = rows.X.length;
  const d = featureNames.length;
  const cuts = cutPoints(rows.X, o.bins);
  // Bin index of every value, feature-major for cache-friendly histograms.
  const binned = cuts.map((c, j) => {
    const col = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const v = rows.X[i][j];
      let lo = 0;
      let hi = c.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (v <= c[mid]) hi = mid;
        else lo = mid + 1;
      }
      col[i] = lo;
    }
    return col;
  });
  const scores = new Float64Array(n);
  const trees: Tree[] = [];
  for (let t = 0; t < o.trees; t++) {
    const { g, h } = o.loss === 'logistic' ? logisticGradients(rows, scores) : lambdas(rows, scores);
    const tree: Tree = { feature: [], threshold: [], left: [], right: [], value: [] };
    const grow = (members: Uint32Array, level: number): number => {
      const node = tree.feature.length;
      tree.feature.push(-1);
      tree.threshold.push(0);
      tree.left.push(-1);
      tree.right.push(-1);
      let G = 0;
      let H = 0;
      for (const i of members) {
        G += g[i];
        H += h[i];
      }
      tree.value.push((-G / (H + o.lambda)) * o.learningRate);
      if (level >= o.depth || members.length < 2 * o.minLeaf) return node;
      let best = 0;
      let bestF = -1;
      let bestBin = -1;
      const parent = (G * G) / (H + o.lambda);
      for (let j = 0; j < d; j++) {
        const nb = cuts[j].length + 1;
        if (nb < 2) continue;
        const hg = new Float64Array(nb);
        const hh = new Float64Array(nb);
        const hc = new Uint32Array(nb);
        const col = binned[j];
        for (const i of members) {
          const b = col[i];
          hg[b] += g[i];
          hh[b] += h[i];
          hc[b]++;
        }
        let gl = 0;
        let hl = 0;
        let cl = 0;
        for (let b = 0; b < nb - 1; b++) {
          gl += hg[b];
          hl += hh[b];
          cl += hc[b];
          if (cl < o.minLeaf || members.length - cl < o.minLeaf) continue;
          const gr = G - gl;
          const hr = H - hl;
          const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parent;
          if (gain > best) {
            best = gain;
            bestF = j;
            bestBin = b;
          }
        }
      }
      if (bestF < 0) return node;
      const col = binned[bestF];
      const leftM = members.filter((i) => col[i] <= bestBin);
      const rightM = members.filter((i) => col[i] > bestBin);
      tree.feature[node] = bestF;
      tree.threshold[node] = cuts[bestF][bestBin];
      tree.left[node] = grow(leftM, level + 1);
      tree.right[node] = grow(rightM, level + 1);
      return node;
    };
    const all = new Uint32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    grow(all, 0);
    for (let i = 0; i < n; i++) {
      let k = 0;
      while (tree.feature[k] >= 0) k = rows.X[i][tree.feature[k]] <= tree.threshold[k] ? tree.left[k] : tree.right[k];
      scores[i] += tree.value[k];
    }
    const round = (x: number): number => Number(x.toPrecision(6));
    trees.push({ ...tree, threshold: tree.threshold.map(round), value: tree.value.map(round) });
  }
  return { features: featureNames, trees };
}
