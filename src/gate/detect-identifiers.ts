import type { NormalisedText } from './normalise';
import type { Tokens } from './tokens';
import type { Found } from './found';
import { NUMBER_CONTEXT } from './context-sets';
import { dictatedNumbers } from './detect-dictated';
import { detectEmails } from './detect-emails';
import {
  isBankAccount, isBhxh, isBhyt, isCardNumber, isCccd, isCmnd, isHotline, isPassport, isPhone, isPlate, isTaxCode,
} from './validators';

// After these a number is an amount or a measure, not an identifier.
const UNIT_AFTER = /^\s*(d\b|dong|vnd|trieu|ty|nghin|ngan(?! h)|usd|%|m2|m3|m²|m³|km|ha\b|kg|tan\b|nguoi|ho\b|lit|phut|gio\b|ngay\b|thang\b|nam\b)/;

function isDigit(c: number): boolean { return c >= 48 && c <= 57; }
function isAlnum(c: number): boolean { return isDigit(c) || (c >= 97 && c <= 122); }
// spaces, dots, dashes, underscores, brackets, "+", and a line break inside a number typed to dodge a filter
function isGroupSep(c: number): boolean { return c === 32 || c === 46 || c === 45 || c === 95 || c === 40 || c === 41 || c === 43 || c === 10; }

const ORG_ACCOUNT = /\b(?:cua|thuoc) (?:quy|ubnd|uy ban|kho bac|cong ty|hoi|mat tran|truong|benh vien|so|chi cuc|don vi|co quan|ban chi dao|ban van dong|hop tac xa|htx)\b|\bda (?:duoc )?cong khai\b/;
// "20km 12345", "30ha 1234" are measures, not plates
const UNIT_LETTERS = /^\d{2}(km|ha|kg|cm|mm|ml|kw|mw|gb|mb|tb|hz|ng)\b/;
const PLATE_RE = /\d{2}[a-z]{1,2}\d?[-. ]?(?:\d{3}\.?\d{2}|\d{4})(?![0-9a-z])/y;
// "29-B1 123.45", "51G 678 90", "59 X1 234.56": spaced forms count beside a vehicle word
const LOOSE_PLATE_RE = /\d{2} ?[-.]? ?[a-z]{1,2}\d? ?[-.]? ?(?:\d{3}[. ]?\d{2}|\d{4})(?![0-9a-z])/y;
const PASSPORT_RE = /[a-z]\d{7}(?![0-9a-z])/y;
const BHYT_RE = /[a-z]{2} ?[1-5] ?\d{2} ?\d{10}(?![0-9a-z])/y;

function classify(d: string, start: number, end: number, norm: NormalisedText, toks: Tokens): string | null {
  let wide: Set<string> | undefined;
  let close: Set<string> | undefined;
  // context words within 48 characters before the number (40 for the weaker ones)
  const near = (tag: string, dist = 48): boolean => {
    if (dist >= 48) return (wide ??= NUMBER_CONTEXT.tagsWithin(norm, toks, start - 48, start)).has(tag);
    return (close ??= NUMBER_CONTEXT.tagsWithin(norm, toks, start - 40, start)).has(tag);
  };
  if (isHotline(d)) return null;
  if (d.length === 10 && near('ID_BHYT')) return 'bhyt';
  if (isBhxh(d) && near('ID_BHXH')) return 'bhxh';
  if (near('ID_TAX') && isTaxCode(d)) return 'tax_code';
  // ten digits right after "mã số thuế" are a tax code even when mistyped, unless a firm's (as twelve after "CCCD" below)
  if (d.length === 10 && near('ID_TAX') && !near('ORG_CTX', 40)) return 'tax_code';
  if (isCccd(d)) return 'cccd';
  if (d.length === 9 && near('ID_CMND') && isCmnd(d)) return 'cmnd';
  if (isPhone(d)) {
    // a published agency line (hotline, an office's landline) is not personal data
    if (near('PUBLIC_LINE', 40)) return null;
    if (/^(84|0)2/.test(d) && (near('ORG_CTX', 40) || NUMBER_CONTEXT.tagsWithin(norm, toks, end, end + 25).has('ORG_CTX'))) return null;
    return 'phone';
  }
  if (isCardNumber(d) && (d.length === 16 || near('ID_CARD'))) return 'card';
  // domestic (NAPAS) cards are not always Luhn-valid: 16 or 19 digits opening with 9704 are a card
  if (/^9704(\d{12}|\d{15})$/.test(d)) return 'card';
  // an account named as such before it, or a bank named before or just after it ("0071 0004 56789 Vietcombank")
  if (isBankAccount(d) && d.length >= 8 && (near('ID_BANK', 40) || near('BANK_NAME')
    || NUMBER_CONTEXT.tagsWithin(norm, toks, end, end + 30).has('BANK_NAME'))) {
    // an agency's or a fund's published account ("tài khoản của Quỹ … tại Agribank (đã công khai)") is not personal data
    return ORG_ACCOUNT.test(norm.plain.slice(Math.max(0, start - 80), Math.min(norm.plain.length, end + 40))) ? null : 'bank_account';
  }
  if (d.length === 12 && near('ID_CCCD')) return 'cccd';
  return null;
}

const CATEGORY_OF_KIND: Record<string, 'personal_id' | 'personal_contact'> = {
  phone: 'personal_contact', email: 'personal_contact',
};

function push(out: Found[], kind: string, start: number, end: number, value: string): void {
  out.push({ category: CATEGORY_OF_KIND[kind] ?? 'personal_id', kind, start, end, value });
}

/** Finds identifiers and contact numbers (digit runs, number words, e-mail, plates, passports, BHYT cards). */
export function detectIdentifiers(norm: NormalisedText, toks: Tokens): Found[] {
  const s = norm.plain;
  const n = s.length;
  const out: Found[] = [];
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) { i++; continue; }
    const prev = i > 0 ? s.charCodeAt(i - 1) : 32;
    if (!isDigit(prev) && !isAlnum(prev)) {
      PLATE_RE.lastIndex = i;
      const m = PLATE_RE.exec(s);
      if (m && isPlate(m[0]) && !UNIT_LETTERS.test(m[0])) { push(out, 'plate', i, i + m[0].length, m[0].replace(/[-. ]/g, '')); i += m[0].length; continue; }
      LOOSE_PLATE_RE.lastIndex = i;
      const l = LOOSE_PLATE_RE.exec(s);
      if (l && isPlate(l[0]) && !UNIT_LETTERS.test(l[0].replace(/[ .-]/g, '')) && NUMBER_CONTEXT.tagsWithin(norm, toks, i - 40, i).has('ID_PLATE')) {
        push(out, 'plate', i, i + l[0].length, l[0].replace(/[-. ]/g, '')); i += l[0].length; continue;
      }
    }
    // letters glued before the digits: passport (C1234567) or BHYT (HT 3 27 …)
    if (isAlnum(prev) && !isDigit(prev)) {
      PASSPORT_RE.lastIndex = i - 1;
      const m = (i < 2 || !isAlnum(s.charCodeAt(i - 2))) ? PASSPORT_RE.exec(s) : null;
      if (m && isPassport(m[0]) && (norm.upper[i - 1] === 1 || NUMBER_CONTEXT.tagsWithin(norm, toks, i - 49, i - 1).has('ID_PASSPORT'))) {
        push(out, 'passport', i - 1, i + 7, m[0]); i += 7; continue;
      }
    }
    let p = i;
    if (p >= 1 && s.charCodeAt(p - 1) === 32) p--;
    if (p >= 2 && !isDigit(s.charCodeAt(p - 1)) && isAlnum(s.charCodeAt(p - 1)) && isAlnum(s.charCodeAt(p - 2)) && (p < 3 || !isAlnum(s.charCodeAt(p - 3)))) {
      BHYT_RE.lastIndex = p - 2;
      const m = BHYT_RE.exec(s);
      if (m && isBhyt(m[0].replace(/ /g, ''))) { push(out, 'bhyt', p - 2, p - 2 + m[0].length, m[0].replace(/ /g, '')); i = p - 2 + m[0].length; continue; }
    }
    if (isAlnum(prev)) { while (i < n && isAlnum(s.charCodeAt(i))) i++; continue; }
    // a digit run, possibly grouped with spaces, dots, dashes or brackets
    let start = i;
    if (i >= 1 && s.charCodeAt(i - 1) === 43) start = i - 1;
    // first pass: the extent of the run and its digit count (most runs are short: dates, amounts)
    let j = i;
    let end = i;
    let count = 0;
    while (j < n) {
      const cj = s.charCodeAt(j);
      if (isDigit(cj)) { count++; j++; end = j; continue; }
      if (!isGroupSep(cj)) break;
      let k = j;
      while (k < n && k - j < 3 && isGroupSep(s.charCodeAt(k))) k++;
      if (k >= n || !isDigit(s.charCodeAt(k))) break;
      j = k;
    }
    i = end;
    if (isAlnum(end < n ? s.charCodeAt(end) : 32)) { while (i < n && isAlnum(s.charCodeAt(i))) i++; continue; }
    if (count < 6 || UNIT_AFTER.test(s.slice(end, end + 8))) continue;
    const run = s.slice(start, end);
    const digits = run.replace(/\D/g, '');
    const kind = classify(digits, start, end, norm, toks);
    if (kind) { push(out, kind, start, end, digits); continue; }
    // several numbers side by side: "0912345678 0987654321"
    const parts = /[0-9][0-9.\-_()+]*/g;
    let m: RegExpExecArray | null;
    let firstGroup = true;
    while ((m = parts.exec(run)) !== null) {
      if (firstGroup && m[0].length === run.length) break;
      firstGroup = false;
      const d = m[0].replace(/\D/g, '');
      const k = d.length >= 6 ? classify(d, start + m.index, start + m.index + m[0].length, norm, toks) : null;
      if (k) push(out, k, start + m.index, start + m.index + m[0].length, d);
    }
  }
  for (const d of dictatedNumbers(toks)) {
    const kind = classify(d.digits, d.start, d.end, norm, toks) ?? (d.digits.length === 9 && isCmnd(d.digits) ? 'cmnd' : null);
    if (kind) push(out, kind, d.start, d.end, d.digits);
  }
  for (const e of detectEmails(s)) push(out, 'email', e.start, e.end, e.value);
  return out;
}
