import type { Category } from './types';
import type { Hit } from './phrase-index';

/** A detection in normalised-view coordinates, with the normalised value (for placeholders and hashes). */
export interface Found {
  category: Category;
  kind: string;
  start: number;
  end: number;
  value: string;
  /** A marking set as a label (heading its line, in brackets): the detectors' guarantee, never overruled by the screen. */
  label?: boolean;
}

/** True when some hit ends at most `dist` characters before `pos` (hits sorted by start). */
export function nearBefore(hits: Hit[] | undefined, pos: number, dist: number): boolean {
  if (!hits || hits.length === 0) return false;
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (hits[mid].start < pos) lo = mid + 1; else hi = mid; }
  for (let i = lo - 1; i >= 0 && hits[i].start >= pos - dist - 60; i--) {
    const h = hits[i];
    if (h.end <= pos && pos - h.end <= dist) return true;
  }
  return false;
}
