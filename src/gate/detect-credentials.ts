import type { NormalisedText } from './normalise';
import type { Found } from './found';
import type { Hit } from './phrase-index';
import { mixedCase, secretValue, type CredentialKind } from './credential-value';

/**
 * Credentials (level 3, redacted in both zones): a password, OTP, PIN, recovery code or key given with or for an
 * account. A cue ("mật khẩu", "mk", "OTP", "mã PIN", "mã dự phòng", "API key" …) and, later in the same clause, a
 * value that looks like a secret; a login pair ("tài khoản admin / Abc@123"), a "password=…" setting, the password
 * of a connection string, and keys with a recognisable shape (PEM blocks, "sk-…", "AKIA…") count too.
 * "Mật khẩu phải có ít nhất 8 ký tự", "quên mật khẩu thì làm sao", "mã OTP là gì" hold no value and are left alone.
 */

// lexicon tag → [kind, ambiguous: the cue is also an everyday word ("mk" is "mình" in chat), so only a clearly secret value counts]
const CUES: Record<string, [CredentialKind, boolean]> = {
  CRED_PASSWORD: ['password', false], CRED_PASSWORD_AMBIGUOUS: ['password', true], CRED_OTP: ['otp', false], CRED_PIN: ['pin', false],
  CRED_PIN_AMBIGUOUS: ['pin', true], CRED_RECOVERY: ['recovery_code', false], CRED_KEY: ['api_key', false],
};
// a login pair: an account word, a user name, then "/" and the secret
const PAIR = /\b(?:tai khoan|tk|user(?:name)?|login|dang nhap|admin)\b[^\n;]{0,50}?\s\/\s*([^\s,;]+)/g;
// "password=…", "secret_key: …" in a setting or a snippet of code
const SETTING = /(?<![a-z0-9])[a-z_]*(?:password|passwd|pwd|pass|secret|api_?key|token)[a-z_]*\s*[=:]\s*["']?([^\s"',;&]+)/g;
// scheme://user:password@host
const URL_CREDENTIAL = /[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:([^\s/]+)@[^\s@]/g;
// each shape with a text every match contains, found much faster than the pattern scans the whole text (null: none
// cheaper than the scan itself); a shape whose text is absent cannot match, so its scan is skipped
const SHAPED: [RegExp, CredentialKind | 'private_key', string | null][] = [
  [/-----begin [a-z ]*private key-----[\s\S]*?(?:-----end [a-z ]*private key-----|$)/g, 'private_key', '-----'],
  [/\b(?:sk|pk|rk)-(?:live_|test_|proj-)?[a-z0-9_-]{20,}/g, 'api_key', 'k-'],
  [/\b(?:akia|asia)[0-9a-z]{16}\b/g, 'api_key', null],
  [/\b(?:ghp|gho|ghs|github_pat)_[a-z0-9_]{20,}/g, 'api_key', '_'],
  [/\baiza[0-9a-z_-]{30,}/g, 'api_key', null],
  [/\bxox[abpr]-[a-z0-9-]{10,}/g, 'api_key', 'xox'],
  [/\beyj[a-z0-9_-]{8,}\.eyj[a-z0-9_-]{8,}\.[a-z0-9_-]{8,}/g, 'api_key', null],
];
const SYMBOL = /[@#$%^&*!]/g;
const CLAUSE_END = /[.!?](?:\s|$)|(?<!:[ \t]*)\n|;/g;

/** Whether the text has " /" (a login pair's separator): "/" is rarer than " ", so it is searched for first. */
function spaceSlash(s: string): boolean {
  for (let i = s.indexOf('/'); i !== -1; i = s.indexOf('/', i + 1)) if (i > 0 && s.charCodeAt(i - 1) === 32) return true;
  return false;
}

/** Finds credentials; spans cover the secret value only. `taken` spans (identifiers already found) are never a value. */
export function detectCredentials(norm: NormalisedText, tags: Map<string, Hit[]>, taken: { start: number; end: number }[] = []): Found[] {
  const s = norm.plain;
  const out: Found[] = [];
  const free = (a: number, b: number): boolean => !out.some((f) => f.start < b && a < f.end) && !taken.some((f) => f.start < b && a < f.end);
  const add = (kind: string, start: number, end: number): void => {
    if (end > start && free(start, end)) out.push({ category: 'credential', kind, start, end, value: s.slice(start, end).replace(/[\s,.-]/g, '') });
  };
  for (const [re, kind, needs] of SHAPED) {
    if (needs !== null && !s.includes(needs)) continue;
    for (const m of s.matchAll(re)) add(kind, m.index!, m.index! + m[0].length);
  }
  if (s.includes('://')) for (const m of s.matchAll(URL_CREDENTIAL)) { const a = m.index! + m[0].indexOf(`:${m[1]}@`) + 1; add('password', a, a + m[1].length); }
  const cued = Object.keys(CUES).some((t) => tags.has(t));
  if (cued) {
    for (const m of s.matchAll(SETTING)) {
      const a = m.index! + m[0].length - m[1].length;
      const v = secretValue(norm, a, Math.min(s.length, a + m[1].length), 'password', true, true);
      if (v) add('password', v.start, v.end);
    }
  }
  if (spaceSlash(s)) {
    for (const m of s.matchAll(PAIR)) {
      const a = m.index! + m[0].length - m[1].length;
      const v = secretValue(norm, a, a + m[1].length, 'password', true, true);
      if (v) add('password', v.start, v.end);
    }
  }
  // a token with upper and lower case, digits and a symbol is a password wherever it stands ("Ldtbxh@Q3#2026")
  SYMBOL.lastIndex = 0;
  for (let m = SYMBOL.exec(s); m; m = SYMBOL.exec(s)) {
    let a = m.index; while (a > 0 && !/[\s"'“(:]/.test(s[a - 1])) a--;
    let b = m.index + 1; while (b < s.length && !/[\s,;"'”)]/.test(s[b])) b++;
    SYMBOL.lastIndex = b;
    while (b > a && /[.!?:]/.test(s[b - 1])) b--;
    const w = s.slice(a, b);
    if (w.length >= 6 && w.length <= 40 && /\d/.test(w) && /[a-z]/.test(w) && /[@#$%^&*!]/.test(w) && mixedCase(norm, a, b) && !/^[^@]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(w)) add('password', a, b);
  }
  if (!cued) return out;
  for (const [tag, [kind, ambiguous]] of Object.entries(CUES)) {
    for (const h of tags.get(tag) ?? []) {
      CLAUSE_END.lastIndex = h.end;
      const e = CLAUSE_END.exec(s);
      const to = Math.min(e ? e.index : s.length, h.end + 120);
      const v = secretValue(norm, h.end, to, kind, ambiguous, false);
      if (v) add(kind, v.start, v.end);
    }
  }
  return out;
}
