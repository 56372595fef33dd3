import { PURPOSE_CATEGORIES, type Category } from '../types';
import { ANY_PURPOSE } from './model';

const PURPOSES = new Set<string>(PURPOSE_CATEGORIES);

/**
 * The categories the screen finds from its margins (logit − threshold, per output): a purpose only when "any
 * forbidden purpose" fires, named by the likeliest purpose output; the other categories by their own thresholds. A model without the "any" output names purposes by their own thresholds.
 */
export function screenedCategories(outputs: readonly string[], margins: ArrayLike<number>): Category[] {
  const anyK = outputs.indexOf(ANY_PURPOSE);
  const found: Category[] = [];
  let top = -1;
  outputs.forEach((o, k) => {
    if (k === anyK) return;
    if (PURPOSES.has(o)) {
      if (top < 0 || margins[k] > margins[top]) top = k;
      if (anyK < 0 && margins[k] >= 0) found.push(o as Category);
    } else if (margins[k] >= 0) found.push(o as Category);
  });
  // one request is one purpose: the likeliest names it
  if (anyK >= 0 && margins[anyK] >= 0 && top >= 0) found.push(outputs[top] as Category);
  return found;
}
