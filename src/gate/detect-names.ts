import { stripChar, type NormalisedText } from './normalise';
import { tonePlacements } from './phrase-index';
import { tokenAcc, type Tokens } from './tokens';
import type { Found } from './found';
import { GIVEN_NAME_SYLLABLES, SURNAMES } from './lexicon/people';
import { CONTEXT } from './context-sets';
import { createSyllableMap } from './syllable-map';

// plain surname → its accepted accented spellings (both tone placements)
const SURNAME_SPELLINGS = new Map<string, Set<string>>();
for (const s of SURNAMES) {
  if (s.includes(' ')) continue;
  let p = '';
  for (let i = 0; i < s.length; i++) p += String.fromCharCode(stripChar(s.charCodeAt(i)));
  const set = SURNAME_SPELLINGS.get(p) ?? new Set<string>();
  for (const f of tonePlacements(s)) set.add(f);
  SURNAME_SPELLINGS.set(p, set);
}
const SURNAME_KEYS = createSyllableMap(SURNAME_SPELLINGS);

const GIVEN: ReadonlySet<string> = new Set(GIVEN_NAME_SYLLABLES);

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
export function detectNames(norm: NormalisedText, toks: Tokens): NameFound[] {
  const s = norm.plain;
  const up = norm.upper;
  const out: NameFound[] = [];
  const cap = (i: number): boolean => toks.mergedAcc[i] === undefined && up[toks.start[i]] === 1 && isLettersOnly(toks.text[i]);
  const allCaps = (i: number): boolean => { for (let p = toks.start[i]; p < toks.end[i]; p++) if (!up[p]) return false; return true; };
  for (let i = 0; i < toks.count; i++) {
    if (up[toks.start[i]] !== 1) {
      // typed all in lower case: "chị nguyễn thị hoa" (a person word, a surname, văn/thị, a given name)
      const lower = lowerCaseName(norm, toks, i);
      if (lower) { out.push(lower); i = lower.t1 - 1; }
      continue;
    }
    const keys = SURNAME_KEYS.get(toks, i);
    if (keys) {
      if (!cap(i)) continue;
      const a = tokenAcc(norm, toks, i);
      if (a !== toks.text[i] && !keys.has(a)) continue;
    } else if (!unlistedSurname(norm, toks, i, cap)) continue;
    const caps = allCaps(i) && toks.text[i].length > 1;
    let j = i + 1;
    while (j < toks.count && j - i < 6 && cap(j) && s.charCodeAt(toks.end[j - 1]) === 32 && toks.start[j] === toks.end[j - 1] + 1
      && (allCaps(j) ? caps || toks.text[j].length === 1 : !caps) && toks.line[j] === toks.line[i]) j++;
    const len = j - i;
    if (len < 2 || len > 4) { i = j - 1; continue; }
    const hasCtx = CONTEXT.PERSON_CTX.endingAt(norm, toks, i) > 0;
    if (CONTEXT.HISTORIC.startingAt(norm, toks, i) >= 2) { i = j - 1; continue; }
    if (CONTEXT.PLACE_PREFIX.endingAt(norm, toks, i) > 0) { i = j - 1; continue; }
    if (!hasCtx && firmBefore(norm, toks, i)) { i = j - 1; continue; }
    // an upper-case name alone on its line (a signature) counts; other upper-case runs need a person word
    const aloneOnLine = caps && len >= 3 && lineIsOnly(s, toks.start[i], toks.end[j - 1])
      && toks.text.slice(i + 1, j).every((t) => GIVEN.has(t));
    if ((len === 2 || caps) && !hasCtx && !aloneOnLine) { i = j - 1; continue; }
    let official = aloneOnLine && signedByOfficial(norm, toks, toks.start[i]);
    for (let k = Math.max(1, i - 6); k <= i && !official; k++) {
      if (toks.seg[k - 1] === toks.seg[i] && CONTEXT.LEADER_TITLE.endingAt(norm, toks, k) > 0) official = true;
    }
    if (!official && j < toks.count && /^\s*[,(-]\s*$/.test(s.slice(toks.end[j - 1], toks.start[j])) && CONTEXT.LEADER_TITLE.startingAt(norm, toks, j) > 0) official = true;
    out.push({ category: 'person_name', kind: 'person', start: toks.start[i], end: toks.end[j - 1], value: toks.text.slice(i, j).join(' '), official, t0: i, t1: j });
    i = j - 1;
  }
  return out;
}

// a firm's legal form up to four words before, in the same segment, the words between starting with a capital
// ("Công ty Cổ phần Xây dựng Hoàng Liên Sơn"; not "đại diện công ty là Nguyễn Văn Nam")
function firmBefore(norm: NormalisedText, toks: Tokens, i: number): boolean {
  for (let k = i; k >= Math.max(1, i - 4); k--) {
    if (toks.seg[k - 1] !== toks.seg[i]) return false;
    if (CONTEXT.FIRM.endingAt(norm, toks, k) > 0) return norm.upper[toks.start[k]] === 1;
  }
  return false;
}

function lineIsOnly(s: string, start: number, end: number): boolean {
  const ls = s.lastIndexOf('\n', start - 1) + 1;
  let le = s.indexOf('\n', end);
  if (le < 0) le = s.length;
  return s.slice(ls, start).trim() === '' && /^[\s.,]*$/.test(s.slice(end, le));
}

// "CHỦ TỊCH\n(đã ký)\nNGUYỄN VĂN A": the signer of a document is an official
function signedByOfficial(norm: NormalisedText, toks: Tokens, start: number): boolean {
  const s = norm.plain;
  let from = start;
  for (let lines = 0; lines < 3 && from > 0; lines++) from = s.lastIndexOf('\n', from - 2) + 1;
  return CONTEXT.LEADER_TITLE.within(norm, toks, from, start);
}

const MIDDLE = new Set(['văn', 'thị', 'van', 'thi']);
function lowerCaseName(norm: NormalisedText, toks: Tokens, i: number): NameFound | null {
  // the middle syllable decides cheaply, before any lookup (a plain token is "van" or "thi": MIDDLE's plain forms)
  if (i + 2 >= toks.count) return null;
  const mid1 = toks.text[i + 1];
  if (mid1 !== 'van' && mid1 !== 'thi') return null;
  const keys = SURNAME_KEYS.get(toks, i);
  if (!keys || i + 2 >= toks.count || toks.line[i + 2] !== toks.line[i]) return null;
  const a = tokenAcc(norm, toks, i);
  if (a !== toks.text[i] && !keys.has(a)) return null;
  const mid = tokenAcc(norm, toks, i + 1);
  if (!MIDDLE.has(mid) || !isLettersOnly(toks.text[i + 2])) return null;
  // "thi"/"van" without diacritics is a name part only in text typed without diacritics ("mai thi đại học" is not)
  if (mid === toks.text[i + 1] && (a !== toks.text[i] || tokenAcc(norm, toks, i + 2) !== toks.text[i + 2])) return null;
  if (toks.start[i + 1] !== toks.end[i] + 1 || toks.start[i + 2] !== toks.end[i + 1] + 1) return null;
  if (CONTEXT.PERSON_CTX.endingAt(norm, toks, i) === 0) return null;
  return { category: 'person_name', kind: 'person', start: toks.start[i], end: toks.end[i + 2], value: toks.text.slice(i, i + 3).join(' '), official: false, t0: i, t1: i + 3 };
}

// "anh Kha Văn Thuận", "chị Giáp Thị Thơm": a person word, a capitalised syllable, then "Văn"/"Thị" and a capitalised
// given name make a full name even when the surname is too rare to be listed
function unlistedSurname(norm: NormalisedText, toks: Tokens, i: number, cap: (i: number) => boolean): boolean {
  if (i + 2 >= toks.count || (toks.text[i + 1] !== 'van' && toks.text[i + 1] !== 'thi')) return false;
  if (!cap(i) || !cap(i + 1) || !cap(i + 2) || toks.line[i + 2] !== toks.line[i]) return false;
  if (toks.start[i + 1] !== toks.end[i] + 1 || toks.start[i + 2] !== toks.end[i + 1] + 1) return false;
  const mid = tokenAcc(norm, toks, i + 1);
  return (mid === 'văn' || mid === 'thị') && !norm.upper[toks.start[i] + 1] && CONTEXT.PERSON_CTX.endingAt(norm, toks, i) > 0;
}
