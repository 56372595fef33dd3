import type { Category } from '../types';
import type { FeatureConfig, FeatureList } from './features';

/** How a text's features are scaled: raw counts, or divided by √(tokens + 8) (long texts do not pile up evidence). */
export type Normalisation = 'none' | 'sqrt';

/** The learned screen: one logistic regression per category over hashed features (weights as data). */
export interface ScreenModel {
  features: FeatureConfig;
  categories: Category[];
  normalisation: Normalisation;
  /** Long texts are scored in windows of `tokens` syllables every `stride`; the highest score counts. */
  window: { tokens: number; stride: number };
  /** Bucket-major weights: weights[bucket * K + k]. */
  weights: Float32Array;
  bias: Float32Array;
  /** Decision thresholds on the logit, per category (chosen on the validation split). */
  thresholds: Float32Array;
  /** Half-width (in logits) of the uncertain band around each threshold, where a second opinion may be asked. */
  band: number;
}

/** One category's score for a text: the best window's logit and where that window lies (token range). */
export interface CategoryScore { logit: number; t0: number; t1: number }

/** Scale of the features of a stretch of `len` tokens. */
export function lengthFactor(norm: Normalisation, len: number): number {
  return norm === 'sqrt' ? 1 / Math.sqrt(len + 8) : 1;
}

/** Scores every category over the windows of a text of `nTokens` syllables. */
export function scoreWindows(model: ScreenModel, f: FeatureList, nTokens: number): CategoryScore[] {
  const K = model.categories.length;
  const W = model.window.tokens;
  const { weights, bias } = model;
  const n = Math.max(1, nTokens);
  if (n <= W) {
    const sum = new Float64Array(K);
    for (let i = 0; i < f.count; i++) { const o = f.bucket[i] * K; for (let k = 0; k < K; k++) sum[k] += weights[o + k]; }
    const s = lengthFactor(model.normalisation, n);
    return Array.from(sum, (v, k) => ({ logit: bias[k] + v * s, t0: 0, t1: n }));
  }
  // prefix sums per token, then every window in O(K)
  const pre = new Float64Array((n + 1) * K);
  for (let i = 0; i < f.count; i++) { const o = f.bucket[i] * K; const p = (f.tok[i] + 1) * K; for (let k = 0; k < K; k++) pre[p + k] += weights[o + k]; }
  for (let t = 1; t <= n; t++) { const p = t * K; const q = p - K; for (let k = 0; k < K; k++) pre[p + k] += pre[q + k]; }
  const best: CategoryScore[] = Array.from({ length: K }, () => ({ logit: -Infinity, t0: 0, t1: 0 }));
  const s = lengthFactor(model.normalisation, W);
  const starts: number[] = [];
  for (let a = 0; a + W < n; a += model.window.stride) starts.push(a);
  starts.push(n - W);
  for (const a of starts) {
    const pa = a * K; const pb = (a + W) * K;
    for (let k = 0; k < K; k++) {
      const v = bias[k] + (pre[pb + k] - pre[pa + k]) * s;
      if (v > best[k].logit) best[k] = { logit: v, t0: a, t1: a + W };
    }
  }
  return best;
}

/** The logistic function. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
