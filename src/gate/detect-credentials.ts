import type { NormalisedText } from './normalise';
import type { Found } from './found';

/**
 * Credentials (level 3, redacted in both zones): a password, OTP, PIN, recovery code or key given with or for an
 * account. A cue word ("mật khẩu", "OTP", "PIN", "API key" …), a few filler words ("wifi của phòng là"), then a value
 * that looks like a secret; keys with a recognisable shape (PEM blocks, "sk-…", "AKIA…", tokens) count on their own.
 * "Mật khẩu phải có 8 ký tự", "quên mật khẩu thì làm sao", "mã OTP là gì" give no value and are left alone.
 */

type Kind = 'password' | 'otp' | 'pin' | 'recovery_code' | 'api_key';
const CUES: [RegExp, Kind, boolean][] = [
  // [cue, kind, ambiguous: the cue is also an everyday word ("mk" is "mình" in chat), so a connector must follow]
  [/\b(mat khau|mat ma|password|passwd|passcode|pass word|pwd)\b/g, 'password', false],
  [/\b(mk|pw|pass|pas)\b/g, 'password', true],
  [/\b(otp|ma xac thuc|ma xac nhan|ma kich hoat|ma 2fa|2fa|ma dang nhap|ma giao dich|ma bao mat|smart otp|verification code)\b/g, 'otp', false],
  [/\b(ma pin|so pin|pin code)\b/g, 'pin', false],
  [/\b(pin)\b/g, 'pin', true],
  [/\b(ma khoi phuc|recovery code|backup code|ma du phong|seed phrase|cum tu khoi phuc)\b/g, 'recovery_code', false],
  [/\b(api ?key|api_key|access key|secret key|client secret|access token|app secret|token)\b/g, 'api_key', false],
];
const FILLERS = new Set([
  'cua', 'em', 'anh', 'chi', 'toi', 'minh', 'tao', 'ban', 'tai', 'khoan', 'tk', 'moi', 'cu', 'dang', 'nhap', 'hien', 'tam', 'thoi', 'email', 'mail',
  'gmail', 'wifi', 'zalo', 'facebook', 'fb', 'he', 'thong', 'may', 'tinh', 'vao', 'so', 'app', 'ung', 'dung', 'ngan', 'hang', 'the', 'dien', 'thoai',
  'vneid', 'dich', 'vu', 'cong', 'de', 'nhan', 'duoc', 'vua', 'gui', 've', 'sms', 'giao', 'lan', 'nay', 'luc', 'o', 'day', 'mac', 'dinh', 'default',
  'phong', 'hop', 'co', 'quan', 'admin', 'user', 'ho', 'so', 'mot', 'cua', 'nguoi', 'dung', 'voi', 'va', 'cai', 'moi', 'doi', 'thanh', 'ma',
  'tren', 'tu', 'cap', 'cho', 'sep', 'ben', 'nhe', 'nha', 'ay', 'do', 'is', 'hay', 'ket', 'noi', 'key', 'otp', 'pin', 'atm', 'card', 'bank',
  'banking', 'internet', 'mobile', 'online', 'ba', 'ong', 'chu', 'bac', 'no', 'bot', 'telegram', 'github', 'openai', 'server', 'vps', 'router',
  'modem', 'camera', 'laptop', 'pc', 'icloud', 'apple', 'id', 'google', 'microsoft', 'office', 'teams', 'nhom', 'group', 'phan', 'mem',
]);
const CONNECTOR = /^\s*(?:[:=]|->|la\b|is\b)/;
const VALUE = /^[^\s,;()"'“”<>[\]{}]+/;
const STOP = new Set(['gi', 'sao', 'nhu', 'the', 'nao', 'bao', 'nhieu', 'khong', 'phai', 'bat', 'buoc', 'can', 'thiet', 'dung', 'sai', 'manh', 'yeu', 'chuoi', 'thong', 'tin']);
// keys that say what they are by their shape
const SHAPED: [RegExp, Kind | 'private_key'][] = [
  [/-----begin [a-z ]*private key-----[\s\S]*?(?:-----end [a-z ]*private key-----|$)/g, 'private_key'],
  [/\b(?:sk|pk|rk)-(?:live_|test_|proj-)?[a-z0-9_-]{20,}/g, 'api_key'],
  [/\b(?:akia|asia)[0-9a-z]{16}\b/g, 'api_key'],
  [/\b(?:ghp|gho|ghs|github_pat)_[a-z0-9_]{20,}/g, 'api_key'],
  [/\baiza[0-9a-z_-]{30,}/g, 'api_key'],
  [/\bxox[abpr]-[a-z0-9-]{10,}/g, 'api_key'],
  [/\beyj[a-z0-9_-]{8,}\.eyj[a-z0-9_-]{8,}\.[a-z0-9_-]{8,}/g, 'api_key'],
];

function looksSecret(norm: NormalisedText, kind: Kind, start: number, value: string, connector: boolean): boolean {
  if (kind === 'otp' || kind === 'pin') return /^\d{4,8}$/.test(value);
  if (kind === 'api_key') return value.length >= 16 && /\d/.test(value) && /[a-z]/.test(value);
  if (kind === 'recovery_code') return value.length >= 6 && /\d/.test(value);
  if (value.length < 4 || value.length > 64 || STOP.has(value)) return false;
  const hasDigit = /\d/.test(value);
  const hasSymbol = /[^a-z0-9]/.test(value);
  let mixed = false;
  for (let p = start + 1; p < start + value.length; p++) if (norm.upper[p]) mixed = true;
  if (hasDigit || hasSymbol || mixed) return !/^\d{1,3}$/.test(value);
  // a plain word after "là" / ":" (typed without diacritics, long enough) may still be the password
  return connector && value.length >= 6 && norm.acc.slice(start, start + value.length) === value;
}

/** Finds credentials; spans cover the secret value only. */
export function detectCredentials(norm: NormalisedText): Found[] {
  const s = norm.plain;
  const out: Found[] = [];
  const taken = (a: number, b: number): boolean => out.some((f) => f.start < b && a < f.end);
  for (const [re, kind] of SHAPED) {
    if (kind === 'private_key' ? !s.includes('private key') : false) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) out.push({ category: 'credential', kind, start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  for (const [re, kind, ambiguous] of CUES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      let p = m.index + m[0].length;
      let connector = false;
      for (let skipped = 0; skipped < 7; skipped++) {
        const c = CONNECTOR.exec(s.slice(p, p + 6));
        if (c) { connector = true; p += c[0].length; continue; }
        const w = /^\s*([a-z0-9]+)\b/.exec(s.slice(p, p + 24));
        if (w && FILLERS.has(w[1])) { p += w[0].length; continue; }
        break;
      }
      p += /^[\s"'“”]*/.exec(s.slice(p, p + 8))![0].length;
      if (ambiguous && !connector) continue;
      let value = VALUE.exec(s.slice(p, p + 80))?.[0] ?? '';
      // digits dictated one by one: "4 8 2 9 1 5"
      if ((kind === 'otp' || kind === 'pin') && /^\d$/.test(value)) value = /^\d(?: \d){3,7}/.exec(s.slice(p, p + 16))?.[0] ?? value;
      value = value.replace(/[.!?…:]+$/, '');
      const compact = value.replace(/ /g, '');
      if (!value || taken(p, p + value.length) || !looksSecret(norm, kind, p, compact, connector)) continue;
      out.push({ category: 'credential', kind, start: p, end: p + value.length, value: compact });
    }
  }
  return out;
}
