import { PURPOSE_CATEGORIES, type Category } from '../types';
import { ANY_PURPOSE } from './model';

const PURPOSES = new Set<string>(PURPOSE_CATEGORIES);

/**
 * The categories the screen finds from its margins (logit − threshold, per output): a purpose only when "any
 * forbidden purpose" fires, named by the purpose output with the highest logit; the others by their own thresholds. A model without the "any" output names purposes by their own thresholds.
 */
export function screenedCategories(outputs: readonly string[], margins: ArrayLike<number>, logits: ArrayLike<number> = margins): Category[] {
  const anyK = outputs.indexOf(ANY_PURPOSE);
  const found: Category[] = [];
  let top = -1;
  outputs.forEach((o, k) => {
    if (k === anyK) return;
    if (PURPOSES.has(o)) {
      // named by the highest logit: each purpose output's own threshold sits where its recall target put it, so
      // margins are not comparable between purposes, logits of outputs trained alike are
      if (top < 0 || logits[k] > logits[top]) top = k;
      if (anyK < 0 && margins[k] >= 0) found.push(o as Category);
    } else if (margins[k] >= 0) found.push(o as Category);
  });
  // one request is one purpose: the likeliest names it
  if (anyK >= 0 && margins[anyK] >= 0 && top >= 0) found.push(outputs[top] as Category);
  return found;
}
