/** E-mail addresses in the plain view, written plainly or spelled out to dodge a filter. */
export interface EmailFound { start: number; end: number; value: string }

// "@", "[at]", "(at)", "{at}", "<at>", "a còng" (the Vietnamese name of @), and " at " between words
const AT = String.raw`(?: ?(?:@|\[ ?(?:at|a ?cong) ?\]|\( ?(?:at|a ?cong) ?\)|\{ ?at ?\}|< ?at ?>) ?| (?:at|a cong|acong) )`;
// ".", "[dot]", "(dot)", "[chấm]", and " dot " / " chấm " between words
const DOT = String.raw`(?: ?(?:\.|\[ ?(?:dot|cham) ?\]|\( ?(?:dot|cham) ?\)) ?| (?:dot|cham) )`;
const EMAIL = new RegExp(String.raw`(?<![a-z0-9._%+-])([a-z0-9][a-z0-9._%+-]*)(${AT})([a-z0-9-]+(?:${DOT}[a-z0-9-]+)+)`, 'g');
const TLD = new Set(['com', 'vn', 'net', 'org', 'edu', 'gov', 'info', 'io', 'me', 'biz', 'co', 'uk', 'us', 'jp', 'kr', 'cn', 'fr', 'de', 'au', 'asia']);
// some "@" or spelled "at": every address holds one
const AT_HINT = /@|\bat\b|\ba ?cong\b/g;
const PROVIDER = /^(gmail|yahoo|outlook|hotmail|icloud|live|msn|proton|protonmail|zoho|fpt|vnpt|viettel|gov)$/;

/**
 * A plain address ("ten@gmail.com") needs a well-formed domain; a spelled one ("ten [at] gmail [dot] com",
 * "ten a còng gmail chấm com") needs its last label to be a known top-level domain and either a known provider or
 * a spelled "@", so "gặp at nhà dot com" stays text.
 */
export function detectEmails(text: string): EmailFound[] {
  const out: EmailFound[] = [];
  // an address never spans a line and always holds an "@" or a spelled one: only the lines that have one are read (the
  // address pattern is slow to run over a whole transcript); matches and their order are those of a whole-text scan
  AT_HINT.lastIndex = 0;
  for (let h = AT_HINT.exec(text); h !== null; h = AT_HINT.exec(text)) {
    const from = text.lastIndexOf('\n', h.index) + 1;
    let to = text.indexOf('\n', h.index);
    if (to < 0) to = text.length;
    for (const e of emailsInLine(text.slice(from, to))) out.push({ start: from + e.start, end: from + e.end, value: e.value });
    AT_HINT.lastIndex = to + 1;
  }
  return out;
}

function emailsInLine(s: string): EmailFound[] {
  const out: EmailFound[] = [];
  EMAIL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EMAIL.exec(s)) !== null) {
    const [all, local, at, domainRaw] = m;
    const labels = domainRaw.split(new RegExp(DOT)).filter(Boolean);
    let end = m.index + all.length;
    // a sentence's full stop after the address is not part of it
    while (end > m.index && s[end - 1] === '.') end--;
    const plainAt = at.trim() === '@';
    const plainDots = !/dot|cham|\s/.test(domainRaw);
    const tld = labels[labels.length - 1];
    const ok = plainAt && plainDots
      ? labels.length >= 2 && /^[a-z]{2,}$/.test(tld)
      : labels.length >= 2 && TLD.has(tld) && (/[[({<@]|cong/.test(at) || PROVIDER.test(labels[0]));
    if (!ok || local.length < 2) { EMAIL.lastIndex = m.index + 1; continue; }
    out.push({ start: m.index, end, value: `${local}@${labels.join('.')}` });
  }
  return out;
}
