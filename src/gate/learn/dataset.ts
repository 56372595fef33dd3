import type { Detector } from '../create-gate';
import { extractFeatures, type FeatureConfig } from '../screen/features';
import { ANY_PURPOSE, lengthFactor, type Normalisation } from '../screen/model';
import { PURPOSE_CATEGORIES, type Category } from '../types';
import type { CorpusItem } from './corpus';
import type { Csr } from './logistic';

/** The corpus as a feature matrix with one label column per model output. */
export interface Dataset {
  items: CorpusItem[];
  X: Csr;
  /** labels[k][i] = 1 when item i carries outputs[k] (ANY_PURPOSE: any purpose category). */
  labels: Uint8Array[];
  outputs: readonly string[];
}

const PURPOSES = new Set<Category>(PURPOSE_CATEGORIES);

/** Whether an item carries a model output. */
export function carries(it: { categories: readonly Category[] }, output: string): boolean {
  return output === ANY_PURPOSE ? it.categories.some((c) => PURPOSES.has(c)) : it.categories.includes(output as Category);
}

/** Runs the detectors and the feature extraction over every item (once) and builds the sparse matrix. */
export function buildDataset(items: CorpusItem[], detect: Detector, cfg: FeatureConfig, normalisation: Normalisation, outputs: readonly string[]): Dataset {
  const ptr = new Int32Array(items.length + 1);
  const idx: number[] = [];
  const val: number[] = [];
  items.forEach((it, i) => {
    const d = detect(it.text);
    const f = extractFeatures(d, cfg);
    const counts = new Map<number, number>();
    for (let q = 0; q < f.count; q++) counts.set(f.bucket[q], (counts.get(f.bucket[q]) ?? 0) + 1);
    const s = lengthFactor(normalisation, Math.max(1, d.toks.count));
    for (const b of [...counts.keys()].sort((x, y) => x - y)) { idx.push(b); val.push(counts.get(b)! * s); }
    ptr[i + 1] = idx.length;
  });
  const labels = outputs.map((o) => Uint8Array.from(items, (it) => (carries(it, o) ? 1 : 0)));
  return { items, X: { rows: items.length, dims: 1 << cfg.bits, ptr, idx: Int32Array.from(idx), val: Float32Array.from(val) }, labels, outputs };
}
