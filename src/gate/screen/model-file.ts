import path from 'node:path';
import { z } from 'zod';
import { LEVEL_CATEGORIES, PURPOSE_CATEGORIES, type Category } from '../types';
import type { ScreenModel } from './model';

/** The categories the learned screen scores: what needs meaning (purposes, sensitive attributes, level-2 content). */
export const SCREEN_CATEGORIES: readonly Category[] = [...PURPOSE_CATEGORIES, 'personal_sensitive', ...LEVEL_CATEGORIES[2]];

/** Where `npm run gate:train` writes the model and the gate reads it. */
export const MODEL_FILE = path.join(__dirname, '..', 'data', 'screen-model.json');

const fileSchema = z.object({
  version: z.literal(1),
  features: z.object({ bits: z.number().int().min(10).max(22), accented: z.boolean(), bigrams: z.boolean(), trigrams: z.boolean(), chars: z.number().int().min(0).max(6), classes: z.boolean(), signals: z.boolean() }),
  categories: z.array(z.string()).min(1),
  normalisation: z.enum(['none', 'sqrt']),
  window: z.object({ tokens: z.number().int().positive(), stride: z.number().int().positive() }),
  band: z.number().min(0),
  bias: z.array(z.number()),
  thresholds: z.array(z.number()),
  scale: z.array(z.number()),
  /** Base64 of the kept buckets, delta-encoded as unsigned LEB128 varints. */
  buckets: z.string(),
  /** Base64 of int8 weights, bucket-major (K per kept bucket). */
  weights: z.string(),
}).passthrough();
export type ModelFile = z.infer<typeof fileSchema>;

function varints(xs: number[]): Buffer {
  const out: number[] = [];
  let prev = 0;
  for (const x of xs) { let d = x - prev; prev = x; while (d >= 0x80) { out.push((d & 0x7f) | 0x80); d >>>= 7; } out.push(d); }
  return Buffer.from(out);
}
function unvarints(b: Buffer): number[] {
  const out: number[] = [];
  let prev = 0;
  for (let i = 0; i < b.length;) { let d = 0; let shift = 0; let c: number; do { c = b[i++]; d |= (c & 0x7f) << shift; shift += 7; } while (c & 0x80); prev += d; out.push(prev); }
  return out;
}

/** What the trainer hands over: float weights per category. */
export interface TrainedModel extends Omit<ScreenModel, 'weights' | 'bias' | 'thresholds'> {
  weights: ArrayLike<number>[];
  bias: number[];
  thresholds: number[];
}

/** Serialises a trained model: int8 weights with one scale per category, only buckets that carry a weight. */
export function encodeModel(m: TrainedModel, extra: Record<string, unknown>): ModelFile {
  const dims = 1 << m.features.bits;
  const scale = m.weights.map((w) => { let mx = 0; for (let j = 0; j < dims; j++) mx = Math.max(mx, Math.abs(w[j])); return mx > 0 ? mx / 127 : 1; });
  const buckets: number[] = [];
  const q: number[] = [];
  for (let j = 0; j < dims; j++) {
    const row = m.weights.map((w, k) => Math.round(w[j] / scale[k]));
    if (row.some((v) => v !== 0)) { buckets.push(j); q.push(...row); }
  }
  return {
    version: 1, ...extra, features: m.features, categories: m.categories, normalisation: m.normalisation, window: m.window, band: m.band,
    bias: m.bias.map((b) => Number(b.toFixed(6))), thresholds: m.thresholds.map((t) => Number(t.toFixed(6))), scale: scale.map((s) => Number(s.toPrecision(8))),
    buckets: varints(buckets).toString('base64'), weights: Buffer.from(Int8Array.from(q).buffer).toString('base64'),
  } as ModelFile;
}

/** Validates and decodes a model file into dense float weights. */
export function decodeModel(raw: unknown): ScreenModel {
  const f = fileSchema.parse(raw);
  const K = f.categories.length;
  const weights = new Float32Array((1 << f.features.bits) * K);
  const buckets = unvarints(Buffer.from(f.buckets, 'base64'));
  const q = new Int8Array(Buffer.from(f.weights, 'base64'));
  if (q.length !== buckets.length * K || f.bias.length !== K || f.thresholds.length !== K || f.scale.length !== K) throw new Error('screen model: inconsistent sizes');
  buckets.forEach((b, i) => { for (let k = 0; k < K; k++) weights[b * K + k] = q[i * K + k] * f.scale[k]; });
  return {
    features: f.features, categories: f.categories as Category[], normalisation: f.normalisation, window: f.window, band: f.band,
    weights, bias: Float32Array.from(f.bias), thresholds: Float32Array.from(f.thresholds),
  };
}
