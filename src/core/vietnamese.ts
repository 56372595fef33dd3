// Vietnamese text folding and syllable splitting: the one implementation the service uses (commands, meetings,
// legal search and its index, Q&A's clause matching, the gate's character tables). The index and the learned
// models depend on these functions byte for byte: change them only with a retraining (npm run retrieval:train,
// npm run gate:train) and a rebuilt index.

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
// "hòa" and "hoà" are the same syllable: a tone written on the first vowel of an open "oa/oe/uy" moves to the second.
// Done on composed text (no NFD/NFC round trip over the whole text): "ò" + "a" ending a syllable becomes "o" + "à";
// the table is built from the tone marks, so every composed form is covered.
const TONE_MOVES = new Map<string, string>();
for (const v of 'oOuU') {
  for (const tone of TONE_MARKS) {
    for (const next of 'aAeEyY') TONE_MOVES.set(`${v}${tone}`.normalize('NFC') + next, v + `${next}${tone}`.normalize('NFC'));
  }
}
const TONE_ON_FIRST = new RegExp(`[${[...new Set([...TONE_MOVES.keys()].map((k) => k[0]))].join('')}][aAeEyY](?![\\p{L}\\p{M}])`, 'gu');
const moveTone = (pair: string): string => TONE_MOVES.get(pair) ?? pair;
const WORD = /[\p{L}\p{N}]+/gu;

/** NFC with one tone placement ("hòa" and "hoà" both become "hoà"); keeps case. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(TONE_ON_FIRST, moveTone);
}

/** Removes every diacritic (đ becomes d); keeps case. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Lower-cases and strips Vietnamese diacritics (đ → d): for matching words typed with or without accents. */
export function foldDiacritics(text: string): string {
  return stripDiacritics(text).toLowerCase();
}

/** Folds diacritics and case and collapses spaces: for matching command words typed either way. */
export function foldVietnamese(text: string): string {
  return foldDiacritics(text).replace(/\s+/g, ' ').trim();
}

/** True when the text has letters but none carries a Vietnamese diacritic (typed without accents). */
export function isUnaccented(text: string): boolean {
  if (!/\p{L}/u.test(text)) return false;
  return stripDiacritics(text) === text;
}

/** Lower-cased syllables (runs of letters and digits) with one tone placement. */
export function syllables(text: string): string[] {
  return normalizeText(text).toLowerCase().match(WORD) ?? [];
}

/** Collapses runs of whitespace and trims; keeps the text otherwise unchanged (NFC, invisible characters removed). */
export function tidy(text: string): string {
  return text.normalize('NFC').replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

/** Like `foldDiacritics`, but keeps one character per UTF-16 unit of an NFC input, so match offsets index the original. */
export function foldAligned(nfcText: string): string {
  let out = '';
  for (let i = 0; i < nfcText.length; i += 1) {
    const ch = nfcText[i];
    if (ch.charCodeAt(0) < 0x80) { out += ch.toLowerCase(); continue; }
    const folded = foldDiacritics(ch);
    out += folded.length === 1 ? folded : ch;
  }
  return out;
}

/** One character without its diacritics (đ → d), or the character itself when that is not one character. */
export function stripCharCode(c: number): number {
  const d = stripDiacritics(String.fromCharCode(c));
  return d.length === 1 ? d.charCodeAt(0) : c;
}
