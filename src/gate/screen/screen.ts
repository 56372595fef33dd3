import type { Category } from '../types';
import type { ScreenInput } from './features';
import { ANY_PURPOSE, sigmoid, type ScreenModel } from './model';
import { scoreText } from './score';
import { screenedCategories } from './decide';

/** The learned screen's reading of one text. */
export interface ScreenResult {
  /** Margin (logit − threshold) per category the model scores: ≥ 0 means found. */
  margins: Map<Category, number>;
  /** Probability per category the model scores (of its best window). */
  scores: Partial<Record<Category, number>>;
  /** The best window of each category, as a span of the normalised view. */
  spans: Map<Category, [number, number]>;
  /** Categories the screen finds (screenedCategories). */
  found: Category[];
  /** Margin of "any forbidden purpose" (NaN when the model has no such output). */
  anyPurpose: number;
}

/** Builds the screen function for one model. */
export function createScreen(model: ScreenModel): (input: ScreenInput) => ScreenResult {
  return (input) => {
    const best = scoreText(model, input);
    const { toks } = input;
    const last = Math.max(0, toks.count - 1);
    const margins = new Map<Category, number>();
    const scores: Partial<Record<Category, number>> = {};
    const spans = new Map<Category, [number, number]>();
    const all = best.map((b, k) => b.logit - model.thresholds[k]);
    let anyPurpose = NaN;
    model.outputs.forEach((o, k) => {
      if (o === ANY_PURPOSE) { anyPurpose = all[k]; return; }
      const c = o as Category;
      margins.set(c, all[k]);
      scores[c] = Number(sigmoid(best[k].logit).toFixed(4));
      spans.set(c, toks.count === 0 ? [0, 0] : [toks.start[Math.min(best[k].t0, last)], toks.end[Math.min(Math.max(best[k].t0, best[k].t1 - 1), last)]]);
    });
    return { margins, scores, spans, found: screenedCategories(model.outputs, all, best.map((b) => b.logit)), anyPurpose };
  };
}
