import type { FeatureConfig } from './features';

/** The output that says "some forbidden purpose", trained on the union of the purpose categories. */
export const ANY_PURPOSE = 'forbidden_purpose';

/** How a text's features are scaled: raw counts, or divided by √(tokens + 8) (long texts do not pile up evidence). */
export type Normalisation = 'none' | 'sqrt';

/** A one-hidden-layer network over the same features (embedding bag → ReLU → one logit per output). */
export interface ScreenMlp {
  hidden: number;
  /** emb[bucket * hidden + h] × embScale. */
  emb: Int8Array;
  embScale: number;
  b1: Float32Array;
  /** w2[k * hidden + h]. */
  w2: Float32Array;
  b2: Float32Array;
}

/**
 * The learned screen: per output (the categories it scores, and ANY_PURPOSE) a small network's logit over hashed
 * features, optionally averaged with a logistic regression's; weights are int8 with one scale per table.
 */
export interface ScreenModel {
  features: FeatureConfig;
  outputs: string[];
  normalisation: Normalisation;
  /**
   * A text of up to `whole` syllables is scored whole, as training saw it; a longer one in windows of `tokens` every
   * `stride`, and for the purposes also in sentence-sized windows of `small` syllables (every small / 2) whose logits
   * count `smallMargin` less, so a request is found wherever it sits; the windows of `tokens` count `longMargins[k]`
   * less for output k (absent: 0); windows are runs of blocks of `block` tokens (absent: small / 2). Both margins are calibrated on long level-1 texts (learn/windows.ts).
   */
  window: { tokens: number; stride: number; whole: number; small: number; smallMargin: number; longMargins?: number[]; block?: number };
  /** Linear part, when the model has one: lr[bucket * K + k] × lr.scale[k] (+ bias), averaged with the network's logit. */
  lr: { weights: Int8Array; scale: Float32Array; bias: Float32Array } | null;
  mlp: ScreenMlp | null;
  /**
   * Each bucket's int8 weights as one row of lanes — the linear part's K (padded to even), then the network's hidden
   * units — two lanes to a 32-bit word, each biased by 128, so scoring adds two weights at a time.
   */
  packed: { words: Int32Array; lanes: number; lrLanes: number };
  /** Decision thresholds on the logit, per output (chosen on the validation split). */
  thresholds: Float32Array;
  /** Half-width (in logits) of the uncertain band around each threshold, where a second opinion may be asked. */
  band: number;
}

/** Scale of the features of a stretch of `len` tokens. */
export function lengthFactor(norm: Normalisation, len: number): number {
  return norm === 'sqrt' ? 1 / Math.sqrt(len + 8) : 1;
}

/** The logistic function. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Packs the int8 weights of each bucket (linear part, padded to an even count, then embedding) two lanes to a word. */
export function packWeights(dims: number, K: number, lr: Int8Array | null, H: number, emb: Int8Array | null): ScreenModel['packed'] {
  const lrLanes = lr ? K + (K % 2) : 0;
  const lanes = lrLanes + (emb ? H : 0);
  const words = new Int32Array(dims * (lanes >> 1));
  const row = new Int32Array(lanes);
  for (let j = 0; j < dims; j++) {
    row.fill(0);
    if (lr) for (let k = 0; k < K; k++) row[k] = lr[j * K + k];
    if (emb) for (let h = 0; h < H; h++) row[lrLanes + h] = emb[j * H + h];
    for (let x = 0; x < lanes >> 1; x++) words[j * (lanes >> 1) + x] = (row[2 * x] + 128) | ((row[2 * x + 1] + 128) << 16);
  }
  return { words, lanes, lrLanes };
}
