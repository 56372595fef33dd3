/**
 * Validators for Vietnamese personal identifiers. Each takes the bare digits (or code) and says
 * whether it has the structure the issuing rule requires.
 */

// Province/city codes used in the first 3 digits of the 12-digit CCCD (Thông tư 59/2021/TT-BCA, 001–096).
export const CCCD_PROVINCES: ReadonlySet<string> = new Set([
  '001', '002', '004', '006', '008', '010', '011', '012', '014', '015', '017', '019', '020', '022', '024', '025', '026', '027', '030', '031',
  '033', '034', '035', '036', '037', '038', '040', '042', '044', '045', '046', '048', '049', '051', '052', '054', '056', '058', '060', '062',
  '064', '066', '067', '068', '070', '072', '074', '075', '077', '079', '080', '082', '083', '084', '086', '087', '089', '091', '092', '093',
  '094', '095', '096',
]);

/** CCCD: 12 digits = province code + century/sex digit + 2-digit birth year + 6 digits. */
export function isCccd(d: string): boolean {
  if (!/^\d{12}$/.test(d) || !CCCD_PROVINCES.has(d.slice(0, 3))) return false;
  const centurySex = d.charCodeAt(3) - 48; // 0/1: 1900s, 2/3: 2000s, 4/5: 2100s …
  return centurySex <= 5;
}

/** CMND: 9 digits, the first two a former province code (01–38, 95 excluded ranges kept loose). */
export function isCmnd(d: string): boolean {
  if (!/^\d{9}$/.test(d)) return false;
  const p = Number(d.slice(0, 2));
  return p >= 1 && p <= 38 || p === 95;
}

/** Passport: one letter and 7 digits (e.g. C1234567). */
export function isPassport(code: string): boolean {
  return /^[A-Za-z]\d{7}$/.test(code);
}

const MOBILE = /^0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9\d)\d{7}$/;
const LANDLINE = /^02\d{9}$/;
/** Phone: current mobile prefixes (03x, 05x, 07x, 08x, 09x) or 02xx landlines; +84/84 accepted. */
export function isPhone(d: string): boolean {
  const local = d.startsWith('84') && (d.length === 11 || d.length === 12) ? `0${d.slice(2)}` : d;
  return MOBILE.test(local) || LANDLINE.test(local);
}

/** Public short codes and toll numbers (113, 1022, 1900 xxxx, 1800 xxxx) are not personal phones. */
export function isHotline(d: string): boolean {
  return /^1\d{2,3}$/.test(d) || /^1[89]00\d{4,6}$/.test(d);
}

/** BHXH code: 10 digits (only recognised with its context word). */
export function isBhxh(d: string): boolean {
  return /^\d{10}$/.test(d);
}

/** BHYT card: 2 letters (object code) + benefit digit 1–5 + 2-digit province + 10-digit BHXH code. */
export function isBhyt(code: string): boolean {
  const m = /^([A-Za-z]{2})([1-5])(\d{2})(\d{10})$/.exec(code);
  return m !== null && Number(m[3]) >= 1 && Number(m[3]) <= 99;
}

const TAX_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];
/** Personal tax code: 10 digits (optionally -3 digits) whose 10th is 10 − (Σ wᵢdᵢ mod 11). */
export function isTaxCode(code: string): boolean {
  const m = /^(\d{10})(?:-?\d{3})?$/.exec(code);
  if (!m) return false;
  const d = m[1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += TAX_WEIGHTS[i] * (d.charCodeAt(i) - 48);
  const check = 10 - (sum % 11);
  return check < 10 && check === d.charCodeAt(9) - 48;
}

/** Luhn checksum (bank cards). */
export function luhn(d: string): boolean {
  if (!/^\d+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let v = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2 === 1) { v *= 2; if (v > 9) v -= 9; }
    sum += v;
  }
  return sum % 10 === 0;
}

/** Bank card: 16 (13–19) digits passing Luhn with a known scheme prefix (9704 domestic, Visa, Mastercard, JCB, Amex). */
export function isCardNumber(d: string): boolean {
  return d.length >= 13 && d.length <= 19 && /^(9704|4|5[1-5]|2[2-7]|35|3[47]|62)/.test(d) && luhn(d);
}

/** Bank account: 6–19 digits (only recognised with its context word). */
export function isBankAccount(d: string): boolean {
  return /^\d{6,19}$/.test(d);
}

/** Licence plate: 2-digit province (11–99) + series letter(s) [+ digit] + 4–5 digits, e.g. 29A-123.45, 51F1-234.56. */
export function isPlate(code: string): boolean {
  const m = /^(\d{2})([A-Za-z]{1,2})(\d?)(\d{5}|\d{4})$/.exec(code.replace(/[-. ]/g, ''));
  return m !== null && Number(m[1]) >= 11;
}
