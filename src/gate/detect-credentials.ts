import type { NormalisedText } from './normalise';
import type { Found } from './found';
import { mixedCase, secretValue, type CredentialKind } from './credential-value';

/**
 * Credentials (level 3, redacted in both zones): a password, OTP, PIN, recovery code or key given with or for an
 * account. A cue ("mật khẩu", "mk", "OTP", "mã PIN", "mã dự phòng", "API key" …) and, later in the same clause, a
 * value that looks like a secret; a login pair ("tài khoản admin / Abc@123"), a "password=…" setting, the password
 * of a connection string, and keys with a recognisable shape (PEM blocks, "sk-…", "AKIA…") count too.
 * "Mật khẩu phải có ít nhất 8 ký tự", "quên mật khẩu thì làm sao", "mã OTP là gì" hold no value and are left alone.
 */

// [cue, kind, ambiguous: also an everyday word ("mk" is "mình" in chat), so only a clearly secret value counts]
const CUES: [RegExp, CredentialKind, boolean][] = [
  [/\b(mat khau|mat ma|password|passwd|passcode|pass word|pwd|ma mo khoa|ma ket)\b/g, 'password', false],
  [/\b(mk|pw|pass|pas)\b/g, 'password', true],
  [/\b(otp|ma xac thuc|ma xac nhan|ma xac minh|ma kich hoat|ma 2fa|2fa|ma dang nhap|ma giao dich|smart otp|verification code)\b/g, 'otp', false],
  [/\b(ma pin|so pin|pin code|ma puk|puk)\b/g, 'pin', false],
  [/\b(pin)\b/g, 'pin', true],
  [/\b(ma khoi phuc|recovery key|recovery code|backup code|ma du phong|seed phrase|cum tu khoi phuc|khoa khoi phuc)\b/g, 'recovery_code', false],
  [/\b(api ?key|api_key|access key|secret key|secret_key|client secret|access token|app secret|token)\b/g, 'api_key', false],
];
// a login pair: an account word, a user name, then "/" and the secret
const PAIR = /\b(?:tai khoan|tk|user(?:name)?|login|dang nhap|admin)\b[^\n;]{0,50}?\s\/\s*([^\s,;]+)/g;
// "password=…", "secret_key: …" in a setting or a snippet of code
const SETTING = /\b(?:password|passwd|pwd|pass|secret(?:_key)?|api_?key|client_secret|token)\s*[=:]\s*["']?([^\s"',;&]+)/g;
// scheme://user:password@host
const URL_CREDENTIAL = /[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:([^\s/]+)@[^\s@]/g;
const SHAPED: [RegExp, CredentialKind | 'private_key'][] = [
  [/-----begin [a-z ]*private key-----[\s\S]*?(?:-----end [a-z ]*private key-----|$)/g, 'private_key'],
  [/\b(?:sk|pk|rk)-(?:live_|test_|proj-)?[a-z0-9_-]{20,}/g, 'api_key'],
  [/\b(?:akia|asia)[0-9a-z]{16}\b/g, 'api_key'],
  [/\b(?:ghp|gho|ghs|github_pat)_[a-z0-9_]{20,}/g, 'api_key'],
  [/\baiza[0-9a-z_-]{30,}/g, 'api_key'],
  [/\bxox[abpr]-[a-z0-9-]{10,}/g, 'api_key'],
  [/\beyj[a-z0-9_-]{8,}\.eyj[a-z0-9_-]{8,}\.[a-z0-9_-]{8,}/g, 'api_key'],
];
const CLAUSE_END = /[.!?](?:\s|$)|(?<!:[ \t]*)\n|;/g;

/** Finds credentials; spans cover the secret value only. `taken` spans (identifiers already found) are never a value. */
export function detectCredentials(norm: NormalisedText, taken: { start: number; end: number }[] = []): Found[] {
  const s = norm.plain;
  const out: Found[] = [];
  const free = (a: number, b: number): boolean => !out.some((f) => f.start < b && a < f.end) && !taken.some((f) => f.start < b && a < f.end);
  const add = (kind: string, start: number, end: number): void => {
    if (end > start && free(start, end)) out.push({ category: 'credential', kind, start, end, value: s.slice(start, end).replace(/[\s,.-]/g, '') });
  };
  for (const [re, kind] of SHAPED) {
    if (kind === 'private_key' && !s.includes('private key')) continue;
    for (const m of s.matchAll(re)) add(kind, m.index!, m.index! + m[0].length);
  }
  for (const m of s.matchAll(URL_CREDENTIAL)) { const a = m.index! + m[0].indexOf(`:${m[1]}@`) + 1; add('password', a, a + m[1].length); }
  for (const m of s.matchAll(SETTING)) {
    const a = m.index! + m[0].length - m[1].length;
    const v = secretValue(norm, a, Math.min(s.length, a + m[1].length), 'password', true, true);
    if (v) add('password', v.start, v.end);
  }
  for (const m of s.matchAll(PAIR)) {
    const a = m.index! + m[0].length - m[1].length;
    const v = secretValue(norm, a, a + m[1].length, 'password', true, true);
    if (v) add('password', v.start, v.end);
  }
  // a token with upper and lower case, digits and a symbol is a password wherever it stands ("Ldtbxh@Q3#2026")
  for (const m of s.matchAll(/(?<![^\s"'“(:])[a-z0-9]*[@#$%^&*!][^\s,;"'”)]{2,}/g)) {
    const w = m[0].replace(/[.!?:]+$/, '');
    const a = m.index!;
    if (w.length >= 6 && w.length <= 40 && /\d/.test(w) && /[a-z]/.test(w) && mixedCase(norm, a, a + w.length) && !/^[^@]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(w)) add('password', a, a + w.length);
  }
  for (const [re, kind, ambiguous] of CUES) {
    for (const m of s.matchAll(re)) {
      const from = m.index! + m[0].length;
      CLAUSE_END.lastIndex = from;
      const e = CLAUSE_END.exec(s);
      const to = Math.min(e ? e.index : s.length, from + 120);
      const v = secretValue(norm, from, to, kind, ambiguous, false);
      if (v) add(kind, v.start, v.end);
    }
  }
  return out;
}
