import { foldDiacritics } from '../core/fold';

/** Folds diacritics and case and collapses spaces: for matching command words typed either way. */
export function foldVietnamese(text: string): string {
  return foldDiacritics(text).replace(/\s+/g, ' ').trim();
}
