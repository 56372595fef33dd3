import { foldDiacritics } from '../core/fold';

/** Folds Vietnamese text for matching: lower case, diacritics removed, đ → d. */
export const fold = foldDiacritics;

/** Collapses runs of whitespace and trims; keeps the text otherwise unchanged (NFC). */
export function tidy(text: string): string {
  return text.normalize('NFC').replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

/** Like `fold`, but keeps one character per UTF-16 unit of an NFC input, so match offsets index the original. */
export function foldAligned(nfcText: string): string {
  let out = '';
  for (let i = 0; i < nfcText.length; i += 1) {
    const ch = nfcText[i];
    const code = ch.charCodeAt(0);
    if (code < 0x80) { out += ch.toLowerCase(); continue; }
    const folded = fold(ch);
    out += folded.length === 1 ? folded : ch;
  }
  return out;
}
