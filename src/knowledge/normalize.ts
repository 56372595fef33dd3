// Vietnamese text normalisation shared by indexing and querying, so both sides agree byte for byte.

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
// In NFD, a tone written on the first vowel of an open "oa/oe/uy" ("hòa", "thúy") moves to the second ("hoà", "thuý").
const TONE_ON_FIRST = new RegExp(`([oOuU])([${TONE_MARKS}])([aAeEyY])(?![\\p{L}\\p{M}])`, 'gu');

/** NFC with one tone placement ("hòa" and "hoà" both become "hoà"). */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(TONE_ON_FIRST, '$1$3$2').normalize('NFC');
}

/** Removes every diacritic (đ becomes d); keeps case. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** True when the text has letters but none carries a Vietnamese diacritic (typed without accents). */
export function isUnaccented(text: string): boolean {
  if (!/\p{L}/u.test(text)) return false;
  return stripDiacritics(text) === text;
}

/** Splits normalised, lower-cased text into syllables (letters and digits runs). */
export function syllables(text: string): string[] {
  return normalizeText(text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
