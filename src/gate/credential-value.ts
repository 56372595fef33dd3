import type { NormalisedText } from './normalise';

/** What a credential is, for its placeholder ([MẬT_KHẨU_1], [MÃ_OTP_1] …). */
export type CredentialKind = 'password' | 'otp' | 'pin' | 'recovery_code' | 'api_key';

const DIGIT_WORDS = new Set(['khong', 'mot', 'hai', 'ba', 'bon', 'tu', 'nam', 'lam', 'sau', 'bay', 'tam', 'chin', 'linh']);
const SYMBOL = /[@#$%^&*!_+=~?]/;
const TRIM_START = /^["'“”(<[{:=]+/;
const TRIM_END = /["'“”)>\]},.:;!?]+$/;
const STOP = new Set(['thong', 'khong', 'nhung', 'chuoi', 'password', 'matkhau', 'duoc', 'phai', 'tuong', 'giong', 'trung']);

function wordsOf(s: string, from: number, to: number): { a: number; b: number; w: string }[] {
  const out: { a: number; b: number; w: string }[] = [];
  for (const m of s.slice(from, to).matchAll(/\S+/g)) {
    let a = from + m.index!; let w = m[0];
    const lead = TRIM_START.exec(w)?.[0].length ?? 0;
    a += lead; w = w.slice(lead);
    w = w.replace(TRIM_END, '');
    if (w) out.push({ a, b: a + w.length, w });
  }
  return out;
}

const isEmail = (w: string): boolean => /^[^@\s]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(w);
// IP addresses, links, dates, amounts and document numbers ("13/2023/nđ-cp") are not secrets
const isAddressOrNumber = (w: string): boolean => /\d+\/\d+/.test(w) && !SYMBOL.test(w) || /^\d{1,3}(\.\d{1,3}){3}$/.test(w) || /^https?:/.test(w) || /^[\d./,-]+$/.test(w) && /[./]\d/.test(w) && !/^\d+$/.test(w);

/** Digits in a row starting at `a` ("4821 7730, 1096", "4-2-7-7-9-1", "bốn 0 hai tám"): their span and count. */
function digitRun(s: string, a: number, to: number): { end: number; count: number } {
  let p = a; let count = 0; let end = a;
  while (p < to) {
    const m = /^(\d+|[a-z]+)/.exec(s.slice(p, p + 24));
    if (!m) break;
    if (/^\d/.test(m[1])) count += m[1].length; else if (DIGIT_WORDS.has(m[1])) count += 1; else break;
    p += m[1].length; end = p;
    const sep = /^[\s,.\-–]{1,3}/.exec(s.slice(p, p + 3));
    if (!sep) break;
    p += sep[0].length;
  }
  return { end, count };
}

function allUpper(norm: NormalisedText, a: number, b: number): boolean {
  for (let p = a; p < b; p++) if (!norm.upper[p]) return false;
  return true;
}

/** Upper case after the first letter and lower case too ("HoaLan", not "WPA" nor "Hoa"). */
export function mixedCase(norm: NormalisedText, a: number, b: number): boolean {
  let up = false; let low = false;
  for (let p = a; p < b; p++) {
    const c = norm.plain.charCodeAt(p);
    if (c < 97 || c > 122) continue;
    if (norm.upper[p]) { if (p > a) up = true; } else low = true;
  }
  return up && low;
}

/**
 * The first value in [from, to) of the plain view that looks like a secret of this kind, or null. `ambiguous` asks
 * for an unmistakable value (the cue may be an everyday word); `direct` means the span is the value itself.
 */
export function secretValue(norm: NormalisedText, from: number, to: number, kind: CredentialKind, ambiguous: boolean, direct: boolean): { start: number; end: number } | null {
  const s = norm.plain;
  let connector = direct;
  let connectorAt = direct ? 0 : -1;
  const words = wordsOf(s, from, to);
  for (let n = 0; n < Math.min(words.length, kind === 'api_key' ? 24 : 16); n++) {
    const { a, b, w } = words[n];
    // "là", ":", "=", "/" between the cue and this word introduce a value
    if (!connector && /[:=/]|(?:^|\s)(?:la|is)(?:\s|$)/.test(s.slice(from, a))) { connector = true; connectorAt = n; }
    if (w === 'la' || w === 'is') continue;
    if (kind !== 'password' && kind !== 'api_key') {
      // a code follows its cue, or the "là" / ":" after it, closely ("mã OTP vừa gửi là 482915"), not a number further on
      if (connectorAt < 0 ? n > 16 : n > connectorAt + 3) break;
      const run = digitRun(s, a, to);
      const okCount = kind === 'recovery_code' ? run.count >= 6 : run.count >= 4 && run.count <= 8;
      // the run must end at a word's end ("10000mAh" is a capacity) and an everyday cue needs "là" / ":" before it
      if (okCount && !/[a-z0-9]/.test(s[run.end] ?? ' ') && (!ambiguous || connector)) return { start: a, end: run.end };
      if (/\d/.test(w) && /[a-z]/.test(w) && w.length >= 4 && w.length <= 24 && !isEmail(w) && !ambiguous) return { start: a, end: b };
      // a code of capital letters right after "là" / ":" ("mã xác minh … là KQWNRT")
      if (connector && !ambiguous && /^[a-z]{5,10}$/.test(w) && allUpper(norm, a, b)) return { start: a, end: b };
      continue;
    }
    if (kind === 'api_key') {
      if (w.length >= 16 && /\d/.test(w) && /[a-z]/.test(w) && !isEmail(w)) return { start: a, end: b };
      continue;
    }
    // a spelled digit password after "là" / ":": "chín tám bảy sáu năm bốn ba hai"
    if (connector && DIGIT_WORDS.has(w)) { const run = digitRun(s, a, to); if (run.count >= 6) return { start: a, end: run.end }; }
    if (w.length < 4 || w.length > 64 || isEmail(w) || isAddressOrNumber(w) || STOP.has(w)) continue;
    const digits = /\d/.test(w); const letters = /[a-z]/.test(w); const symbol = SYMBOL.test(w);
    const mixed = mixedCase(norm, a, b);
    const strong = (symbol && (letters || digits)) || (digits && letters && (mixed || !ambiguous || connector)) || (mixed && letters && w.length >= 8 && !ambiguous);
    if (strong) return { start: a, end: b };
    if (connector && /^\d/.test(w)) { const run = digitRun(s, a, to); if (run.count >= 4 && run.count <= 16) return { start: a, end: run.end }; }
    if (connector && !ambiguous && n > 0 && /^[a-z]{6,}$/.test(w) && norm.acc.slice(a, b) === w && /^(la|:|=)/.test(words[n - 1].w)) return { start: a, end: b };
  }
  return null;
}
