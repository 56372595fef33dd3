import type { Category } from '../types';
import { extractFeatures, type ScreenInput } from './features';
import { scoreWindows, sigmoid, type ScreenModel } from './model';

/** The learned screen's reading of one text, in the model's category order. */
export interface ScreenResult {
  categories: readonly Category[];
  /** Best window's logit per category. */
  logits: Float64Array;
  /** logit − threshold: ≥ 0 means the category is found. */
  margins: Float64Array;
  /** The best window per category, as a span of the normalised view. */
  spans: [number, number][];
}

/** Builds the screen function for one model. */
export function createScreen(model: ScreenModel): (input: ScreenInput) => ScreenResult {
  return (input) => {
    const f = extractFeatures(input, model.features);
    const scores = scoreWindows(model, f, input.toks.count);
    const { toks } = input;
    const last = Math.max(0, toks.count - 1);
    return {
      categories: model.categories,
      logits: Float64Array.from(scores, (s) => s.logit),
      margins: Float64Array.from(scores, (s, k) => s.logit - model.thresholds[k]),
      spans: scores.map((s) => (toks.count === 0 ? [0, 0] : [toks.start[Math.min(s.t0, last)], toks.end[Math.min(Math.max(s.t0, s.t1 - 1), last)]])),
    };
  };
}

/** Probabilities per category, rounded for logs and appeals. */
export function probabilities(r: ScreenResult): Partial<Record<Category, number>> {
  const out: Partial<Record<Category, number>> = {};
  r.categories.forEach((c, k) => { out[c] = Number(sigmoid(r.logits[k]).toFixed(4)); });
  return out;
}
