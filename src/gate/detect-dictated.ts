import type { Tokens } from './tokens';
import { createSyllableMap } from './syllable-map';

// digits said in words (plain view): "không chín một hai …", with the common variants ("tư", "lăm", "bẩy", "linh")
const DIGIT_WORDS = createSyllableMap<string>(Object.entries({
  khong: '0', linh: '0', ko: '0', mot: '1', mot1: '1', hai: '2', ba: '3', bon: '4', tu: '4', nam: '5', lam: '5', sau: '6', bay: '7', bay1: '7',
  tam: '8', chin: '9',
}));

/** A number dictated in words, possibly mixed with numerals ("09 một hai ba 456 bảy tám"), in view coordinates. */
export interface Dictated { digits: string; start: number; end: number }

/**
 * Runs of digit words and numerals, next to each other (at most 3 characters apart: spaces, dots, dashes, commas),
 * holding at least one digit word and 9 or more digits in all.
 */
export function dictatedNumbers(toks: Tokens): Dictated[] {
  const out: Dictated[] = [];
  const digitsOf = (t: number): string | undefined => {
    const x = toks.text[t];
    const c = x.charCodeAt(0);
    if (c >= 48 && c <= 57) return /^\d+$/.test(x) ? x : undefined;
    return x.length <= 5 ? DIGIT_WORDS.get(toks, t) : undefined;
  };
  let i = 0;
  while (i < toks.count) {
    const first = digitsOf(i);
    if (first === undefined) { i++; continue; }
    let j = i;
    let d = '';
    let words = 0;
    while (j < toks.count && (j === i || toks.start[j] - toks.end[j - 1] <= 3)) {
      const v = digitsOf(j);
      if (v === undefined) break;
      if (DIGIT_WORDS.get(toks, j) !== undefined) words++;
      d += v;
      j++;
    }
    // trailing words that are not digits of the number ("… năm 2025" is a year): a run must end on a digit group
    if (words > 0 && d.length >= 9 && d.length <= 19) out.push({ digits: d, start: toks.start[i], end: toks.end[j - 1] });
    i = Math.max(j, i + 1);
  }
  return out;
}
