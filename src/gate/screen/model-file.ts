import path from 'node:path';
import { z } from 'zod';
import { LEVEL_CATEGORIES, PURPOSE_CATEGORIES, type Category } from '../types';
import { ANY_PURPOSE, packWeights, type ScreenModel } from './model';

/**
 * The categories the learned screen scores: what needs meaning (purposes, sensitive attributes, level-2 content), and
 * secrecy markings, whose typos and euphemisms it adds to what the markings detector finds (never removes).
 */
export const SCREEN_CATEGORIES: readonly Category[] = [...PURPOSE_CATEGORIES, 'personal_sensitive', ...LEVEL_CATEGORIES[2], 'secret_marking'];
/** The model's outputs: one per screened category, then "any forbidden purpose". */
export const SCREEN_OUTPUTS: readonly string[] = [...SCREEN_CATEGORIES, ANY_PURPOSE];

/** Where `npm run gate:train` writes the model and the gate reads it. */
export const MODEL_FILE = path.join(__dirname, '..', 'data', 'screen-model.json');

const floats = z.array(z.number());
const fileSchema = z.object({
  version: z.literal(2),
  features: z.object({ bits: z.number().int().min(10).max(20), accented: z.boolean(), bigrams: z.boolean(), classes: z.boolean(), signals: z.boolean() }),
  outputs: z.array(z.string()).min(1),
  normalisation: z.enum(['none', 'sqrt']),
  window: z.object({ tokens: z.number().int().positive(), stride: z.number().int().positive(), whole: z.number().int().positive(), small: z.number().int().min(2), smallMargin: z.number().min(0), longMargins: z.array(z.number().min(0)).optional(), block: z.number().int().positive().optional() }),
  band: z.number().min(0),
  thresholds: floats,
  /** Base64 of the buckets that carry a weight, delta-encoded as unsigned LEB128 varints. */
  buckets: z.string(),
  lr: z.object({ scale: floats, bias: floats, weights: z.string() }).nullable(),
  mlp: z.object({ hidden: z.number().int().positive(), embScale: z.number(), emb: z.string(), b1: floats, w2: floats, b2: floats }).nullable(),
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
const q8 = (v: number, scale: number): number => Math.max(-127, Math.min(127, Math.round(v / scale)));
const maxAbs = (xs: ArrayLike<number>): number => { let m = 0; for (let i = 0; i < xs.length; i++) m = Math.max(m, Math.abs(xs[i])); return m; };
const round = (xs: ArrayLike<number>, d = 6): number[] => Array.from(xs, (x) => Number(x.toFixed(d)));

/** What the trainer hands over: float weights. */
export interface TrainedScreen {
  features: ScreenModel['features'];
  outputs: string[];
  normalisation: ScreenModel['normalisation'];
  window: ScreenModel['window'];
  band: number;
  /** Per output, weights over the 2^bits buckets. */
  lr: { weights: ArrayLike<number>[]; bias: number[] } | null;
  mlp: { hidden: number; emb: Float32Array; b1: ArrayLike<number>; w2: ArrayLike<number>; b2: ArrayLike<number> } | null;
  thresholds: number[];
}

/** Serialises a trained screen: int8 weights (one scale per output, one for the embedding), only buckets that carry one. */
export function encodeModel(m: TrainedScreen, extra: Record<string, unknown>): ModelFile {
  const dims = 1 << m.features.bits;
  const H = m.mlp?.hidden ?? 0;
  const scale = m.lr ? m.lr.weights.map((w) => (maxAbs(w) || 1) / 127) : [];
  const embScale = m.mlp ? (maxAbs(m.mlp.emb) || 1) / 127 : 1;
  const buckets: number[] = []; const lr: number[] = []; const emb: number[] = [];
  for (let j = 0; j < dims; j++) {
    const row = m.lr ? m.lr.weights.map((w, k) => q8(w[j], scale[k])) : [];
    const erow = m.mlp ? Array.from(m.mlp.emb.subarray(j * H, (j + 1) * H), (v) => q8(v, embScale)) : [];
    if (!row.some((v) => v !== 0) && !erow.some((v) => v !== 0)) continue;
    buckets.push(j); lr.push(...row); emb.push(...erow);
  }
  const b64 = (xs: number[]): string => Buffer.from(Int8Array.from(xs).buffer).toString('base64');
  return {
    version: 2, ...extra, features: m.features, outputs: m.outputs, normalisation: m.normalisation, window: m.window, band: m.band,
    thresholds: round(m.thresholds), buckets: varints(buckets).toString('base64'),
    lr: m.lr ? { scale: scale.map((s) => Number(s.toPrecision(8))), bias: round(m.lr.bias), weights: b64(lr) } : null,
    mlp: m.mlp ? { hidden: H, embScale: Number(embScale.toPrecision(8)), emb: b64(emb), b1: round(m.mlp.b1), w2: round(m.mlp.w2), b2: round(m.mlp.b2) } : null,
  } as ModelFile;
}

/** Validates and decodes a model file into the dense int8 tables the gate scores with. */
export function decodeModel(raw: unknown): ScreenModel {
  const f = fileSchema.parse(raw);
  const K = f.outputs.length;
  const dims = 1 << f.features.bits;
  const buckets = unvarints(Buffer.from(f.buckets, 'base64'));
  if (f.thresholds.length !== K || (f.window.longMargins && f.window.longMargins.length !== K) || buckets.some((b) => b >= dims) || (!f.lr && !f.mlp)) throw new Error('screen model: inconsistent sizes');
  let lr: ScreenModel['lr'] = null;
  if (f.lr) {
    const q = new Int8Array(Buffer.from(f.lr.weights, 'base64'));
    if (f.lr.scale.length !== K || f.lr.bias.length !== K || q.length !== buckets.length * K) throw new Error('screen model: inconsistent sizes');
    const weights = new Int8Array(dims * K);
    buckets.forEach((b, i) => weights.set(q.subarray(i * K, (i + 1) * K), b * K));
    lr = { weights, scale: Float32Array.from(f.lr.scale), bias: Float32Array.from(f.lr.bias) };
  }
  let mlp: ScreenModel['mlp'] = null;
  if (f.mlp) {
    const H = f.mlp.hidden;
    const e = new Int8Array(Buffer.from(f.mlp.emb, 'base64'));
    if (e.length !== buckets.length * H || f.mlp.w2.length !== K * H || f.mlp.b2.length !== K || f.mlp.b1.length !== H) throw new Error('screen model: inconsistent network sizes');
    const emb = new Int8Array(dims * H);
    buckets.forEach((b, i) => emb.set(e.subarray(i * H, (i + 1) * H), b * H));
    if (H % 2) throw new Error('screen model: the hidden width must be even');
    mlp = { hidden: H, emb, embScale: f.mlp.embScale, b1: Float32Array.from(f.mlp.b1), w2: Float32Array.from(f.mlp.w2), b2: Float32Array.from(f.mlp.b2) };
  }
  return {
    features: f.features, outputs: f.outputs, normalisation: f.normalisation, window: f.window, band: f.band,
    lr, mlp, thresholds: Float32Array.from(f.thresholds),
    packed: packWeights(dims, K, lr?.weights ?? null, mlp?.hidden ?? 0, mlp?.emb ?? null),
  };
}
