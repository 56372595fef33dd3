import { stripChar, type NormalisedText } from './normalise';
import { tonePlacements } from './phrase-index';
import { tokenAcc, type Tokens } from './tokens';
import type { Hit } from './phrase-index';
import type { Found } from './found';
import { SURNAMES } from './lexicon/people';

// plain surname → its accepted accented spellings (both tone placements)
const SURNAME_KEYS = new Map<string, Set<string>>();
for (const s of SURNAMES) {
  if (s.includes(' ')) continue;
  let p = '';
  for (let i = 0; i < s.length; i++) p += String.fromCharCode(stripChar(s.charCodeAt(i)));
  const set = SURNAME_KEYS.get(p) ?? new Set<string>();
  for (const f of tonePlacements(s)) set.add(f);
  SURNAME_KEYS.set(p, set);
}

/** Hits indexed by the token where they end (t1) and start (t0), for adjacency tests. */
interface HitIndex { endsAt: Map<number, Hit[]>; startsAt: Map<number, Hit[]> }
function indexHits(hits: Hit[] | undefined): HitIndex {
  const endsAt = new Map<number, Hit[]>();
  const startsAt = new Map<number, Hit[]>();
  for (const h of hits ?? []) {
    (endsAt.get(h.t1) ?? endsAt.set(h.t1, []).get(h.t1)!).push(h);
    (startsAt.get(h.t0) ?? startsAt.set(h.t0, []).get(h.t0)!).push(h);
  }
  return { endsAt, startsAt };
}

function isLettersOnly(t: string): boolean {
  for (let i = 0; i < t.length; i++) { const c = t.charCodeAt(i); if (c < 97 || c > 122) return false; }
  return true;
}

/** A name found in the text; officials (named with a leadership title) are kept apart from private persons. */
export interface NameFound extends Found { official: boolean; t0: number; t1: number }

/**
 * Finds full names: a known surname followed by capitalised syllables (2–4 in all), with or without diacritics.
 * Two-syllable names need a person word before them (ông, bà, anh, chị, đồng chí, công dân, hộ …).
 */
export function detectNames(norm: NormalisedText, toks: Tokens, tags: Map<string, Hit[]>): NameFound[] {
  const ctx = indexHits(tags.get('PERSON_CTX'));
  const place = indexHits(tags.get('PLACE_PREFIX'));
  const title = indexHits(tags.get('LEADER_TITLE'));
  const historic = indexHits(tags.get('HISTORIC'));
  const s = norm.plain;
  const up = norm.upper;
  const out: NameFound[] = [];
  const cap = (i: number): boolean => toks.mergedAcc[i] === undefined && up[toks.start[i]] === 1 && isLettersOnly(toks.text[i]);
  const allCaps = (i: number): boolean => { for (let p = toks.start[i]; p < toks.end[i]; p++) if (!up[p]) return false; return true; };
  for (let i = 0; i < toks.count; i++) {
    if (up[toks.start[i]] !== 1) continue;
    const keys = SURNAME_KEYS.get(toks.text[i]);
    if (!keys || !cap(i)) continue;
    const a = tokenAcc(norm, toks, i);
    if (a !== toks.text[i] && !keys.has(a)) continue;
    const caps = allCaps(i) && toks.text[i].length > 1;
    let j = i + 1;
    while (j < toks.count && j - i < 6 && cap(j) && s.charCodeAt(toks.end[j - 1]) === 32 && toks.start[j] === toks.end[j - 1] + 1
      && (allCaps(j) ? caps || toks.text[j].length === 1 : !caps) && toks.line[j] === toks.line[i]) j++;
    const len = j - i;
    if (len < 2 || len > 4) { i = j - 1; continue; }
    const hasCtx = ctx.endsAt.has(i);
    if (historic.startsAt.get(i)?.some((h) => h.t1 === j || h.t1 === i + 2 || h.t1 === i + 3)) { i = j - 1; continue; }
    if (place.endsAt.has(i)) { i = j - 1; continue; }
    if ((len === 2 || caps) && !hasCtx) { i = j - 1; continue; }
    let official = false;
    for (let k = Math.max(0, i - 4); k <= i && !official; k++) {
      if (title.endsAt.get(k)?.some((h) => toks.seg[h.t0] === toks.seg[i])) official = true;
    }
    if (!official && j < toks.count && s.charCodeAt(toks.end[j - 1]) === 44 && title.startsAt.has(j)) official = true;
    out.push({ category: 'person_name', kind: 'person', start: toks.start[i], end: toks.end[j - 1], value: toks.text.slice(i, j).join(' '), official, t0: i, t1: j });
    i = j - 1;
  }
  return out;
}
