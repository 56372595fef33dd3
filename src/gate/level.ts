import type { Category, Level } from './types';
import { LEVEL_CATEGORIES } from './types';

const LEVEL3 = new Set<Category>(LEVEL_CATEGORIES[3]);
const LEVEL2 = new Set<Category>(LEVEL_CATEGORIES[2]);

/** The level of a message: the highest found; a name beside level-2 content stays level 2. */
export function levelOf(categories: Iterable<Category>): Level {
  let l3 = false; let name = false; let l2 = false;
  for (const c of categories) {
    if (c === 'secret_marking') return 4;
    if (c === 'person_name') name = true;
    else if (LEVEL3.has(c)) l3 = true;
    else if (LEVEL2.has(c)) l2 = true;
  }
  if (l3) return 3;
  if (l2) return 2;
  return name ? 3 : 1;
}
