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
  /** The same weights two to a 32-bit word, each biased by 128 (lanes of 16 bits), summed two at a time when scoring. */
  packed: Int32Array;
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
  /** Long texts are scored in windows of `tokens` syllables every `stride`; the highest score counts. */
  window: { tokens: number; stride: number };
  /** Linear part, when the model has one: lr[bucket * K + k] × lr.scale[k] (+ bias), averaged with the network's logit. */
  lr: { weights: Int8Array; scale: Float32Array; bias: Float32Array } | null;
  mlp: ScreenMlp | null;
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

/** Packs int8 embedding rows two to a word (lane = weight + 128), for scoring (rows of even length). */
export function packEmbedding(emb: Int8Array): Int32Array {
  const out = new Int32Array(emb.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = (emb[2 * i] + 128) | ((emb[2 * i + 1] + 128) << 16);
  return out;
}
