import type { Category } from '../types';
import type { Combine } from '../create-gate';
import committed from '../data/screen-model.json';
import { decodeModel } from './model-file';
import type { ScreenModel } from './model';

let cached: ScreenModel | undefined;

/** The model `npm run gate:train` committed (src/gate/data/screen-model.json), decoded once per process. */
export function committedScreenModel(): ScreenModel {
  return (cached ??= decodeModel(committed));
}

/**
 * How screen and rules combine per category (BENCHMARKS.md, "Sensitivity gate", has the figures behind it):
 * 'model' — the screen decides, the rules are its features; 'vote' — a rule's finding also counts when the screen's
 * margin plus RULE_VOTE reaches the threshold (the rules do not have the last word); 'or' — either finds it;
 * 'rules' — the rules alone. Unlisted categories the screen scores are 'vote'.
 */
export const DEFAULT_COMBINE: Partial<Record<Category, Combine>> = { secret_marking: 'or', personal_sensitive: 'or' };
/** The logits a rule's finding adds to the screen's margin under 'vote'. */
export const RULE_VOTE = 5;
