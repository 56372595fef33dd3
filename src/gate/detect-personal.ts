import type { NormalisedText } from './normalise';
import type { Tokens } from './tokens';
import type { Hit } from './phrase-index';
import type { Found } from './found';
import { CONTEXT } from './context-sets';
import type { NameFound } from './detect-names';

// Triggers that say "this is where someone lives" without needing a person nearby.
const STRONG_ADDR = new Set(['trú tại', 'thường trú', 'tạm trú', 'nơi ở', 'chỗ ở', 'địa chỉ nhà', 'nhà ở số', 'ngụ tại', 'sinh sống tại', 'cư trú tại', 'cư trú', 'nhà riêng', 'hộ khẩu', 'số nhà', 'nhà số']);

/** Segments holding an identifiable private person (a full name or an identifier). */
function personSegments(toks: Tokens, names: NameFound[], ids: Found[]): Set<number> {
  const segs = new Set<number>();
  for (const n of names) if (!n.official) segs.add(toks.seg[n.t0]);
  for (const f of ids) segs.add(segOfPos(toks, f.start));
  return segs;
}

/** The segment of the token at or after a view position. */
function segOfPos(toks: Tokens, pos: number): number {
  let lo = 0;
  let hi = toks.count;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (toks.end[mid] <= pos) lo = mid + 1; else hi = mid; }
  return lo < toks.count ? toks.seg[lo] : (toks.count ? toks.seg[toks.count - 1] : 0);
}

/** Sensitive attributes (health, religion, crime, sex life, biometrics, debts, hiding place …) in a sentence about an identifiable person. */
export function detectSensitive(toks: Tokens, tags: Map<string, Hit[]>, names: NameFound[], ids: Found[], norm?: NormalisedText): Found[] {
  const hits = tags.get('SENS');
  if (!hits) return [];
  const segs = personSegments(toks, names, ids);
  const given = new Set<string>();
  for (const n of names) if (!n.official && n.t1 - n.t0 >= 3) given.add(toks.text[n.t1 - 1]);
  const out: Found[] = [];
  for (const h of hits) {
    const seg = toks.seg[h.t0];
    if (!segs.has(seg) && !(norm && given.size > 0 && mentionsByGivenName(norm, toks, h.t0, given))) continue;
    out.push({ category: 'personal_sensitive', kind: 'sensitive_attribute', start: h.start, end: h.end, value: h.phrase });
  }
  return out;
}

// "Chị Thơm cho biết …": a person word and the given name of someone named in full earlier in the text
function mentionsByGivenName(norm: NormalisedText, toks: Tokens, t: number, given: Set<string>): boolean {
  const seg = toks.seg[t];
  let a = t; while (a > 0 && toks.seg[a - 1] === seg) a--;
  // "Hiếu bị tâm thần phân liệt …": the given name alone as the subject opening the sentence (not "Hà Nội …")
  if (a < t && given.has(toks.text[a]) && norm.upper[toks.start[a]] === 1 && !(a + 1 < toks.count && norm.upper[toks.start[a + 1]] === 1)) return true;
  for (let b = a + 1; b < toks.count && toks.seg[b] === seg; b++) {
    if (given.has(toks.text[b]) && norm.upper[toks.start[b]] === 1 && CONTEXT.PERSON_CTX.endingAt(norm, toks, b) > 0) return true;
  }
  return false;
}

/** Home addresses: a residence word followed by units (thôn, xã, số, ngõ …), names and numbers. */
export function detectAddresses(norm: NormalisedText, toks: Tokens, tags: Map<string, Hit[]>, names: NameFound[]): Found[] {
  const triggers = tags.get('ADDR_TRIGGER');
  if (!triggers) return [];
  const plain = norm.plain;
  const personSegs = new Set<number>();
  for (const n of names) if (!n.official) personSegs.add(toks.seg[n.t0]);
  const hasPerson = (t: number): boolean => {
    if (personSegs.has(toks.seg[t])) return true;
    let a = t; while (a > 0 && toks.seg[a - 1] === toks.seg[t]) a--;
    let b = t; while (b + 1 < toks.count && toks.seg[b + 1] === toks.seg[t]) b++;
    return CONTEXT.PERSON_CTX.within(norm, toks, toks.start[a], toks.end[b]);
  };
  const out: Found[] = [];
  let lastEnd = -1;
  for (const h of triggers) {
    if (h.start < lastEnd) continue;
    if (!STRONG_ADDR.has(h.phrase) && !hasPerson(h.t0)) continue;
    let t = h.t1;
    let unitsSeen = 0;
    let end = h.end;
    let taken = 0;
    while (t < toks.count && taken < 30) {
      const gap = plain.slice(toks.end[t - 1], toks.start[t]);
      if (!/^[\s,:/.-]{0,3}$/.test(gap) || gap.includes('\n')) break;
      const u = CONTEXT.ADDR_UNIT.startingAt(norm, toks, t);
      const isNum = /^\d/.test(toks.text[t]);
      if (u > 0) { unitsSeen++; end = toks.end[t + u - 1]; t += u; taken++; continue; }
      if (isNum || norm.upper[toks.start[t]] === 1) { if (isNum) unitsSeen++; end = toks.end[t]; t++; taken++; continue; }
      break;
    }
    if (unitsSeen > 0 && taken >= 2) {
      out.push({ category: 'personal_contact', kind: 'address', start: h.start, end, value: plain.slice(h.start, end) });
      lastEnd = end;
    }
  }
  return out;
}

