import { hasDiacritics, stripChar, type NormalisedText } from './normalise';
import { docNounBefore, secondSyllableStolen, sentenceAboutRules, unaccentedGradeFits } from './secret-context';
import { tokenAcc, type Tokens } from './tokens';
import type { Hit } from './phrase-index';
import type { Found } from './found';
import { createSyllableMap, syllableHash } from './syllable-map';

// Markings as letters only (spacing, dots and dashes removed) with their accented spelling.
const MARKINGS = ['mật', 'tốimật', 'tuyệtmật', 'độmậtmật', 'độmậttốimật', 'độmậttuyệtmật'];
const MARK_VALUES = ['mật', 'tốimật', 'tuyệtmật'];

function letters(s: string, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7)) out += s[i];
  }
  return out;
}

/** True when the typed letters are `form`, each letter either with the right diacritics or with none. */
function sameMarking(typed: string, form: string): boolean {
  if (typed.length !== form.length) return false;
  for (let i = 0; i < form.length; i++) {
    const t = typed.charCodeAt(i);
    const f = form.charCodeAt(i);
    // a mark on a consonant means nothing in Vietnamese ("Ṃật" from a broken font): compare the letters
    const consonant = !'aeiouy'.includes(String.fromCharCode(stripChar(f)));
    if (t !== f && t !== stripChar(f) && !(consonant && stripChar(t) === stripChar(f))) return false;
  }
  return true;
}
const matchesAny = (typed: string, forms: string[], prefix = false): boolean =>
  forms.some((f) => sameMarking(prefix ? typed.slice(0, f.length) : typed, f));

const DOC_NOUN = new Set(['tai lieu', 'van ban', 'ho so', 'bao cao', 'ke hoach', 'phuong an', 'cong van']);
const LEGAL_HEADING = /(?:^|\n)\s*dieu \d+[.:]/g;
const POLITE_ASK = new Set(['được không', 'có được không']);
const REQUEST = /\b(giup|gium|dum|nho ban|ban hay|hay tom|hay viet|hay doc|hay sua)\b/;
// the grade words a token must be for either loop below to look at it: one probe by its hash skips all the others
const MAT_WORDS = createSyllableMap(['mat', 'toimat', 'tuyetmat'].map((w) => [w, true] as const));

/**
 * Secrecy markings and statements (level 4): a marking alone on its line, "Độ mật: …", a marking in
 * brackets "(MẬT, …)", an upper-case MẬT inside a sentence, a statement that the text is a state secret,
 * and the restricted-envelope formulas. Statements are ignored in a short question about the rules.
 */
export function detectSecret(norm: NormalisedText, typed: Tokens, tags: Map<string, Hit[]>): Found[] {
  const toks = withGradeTypos(norm, typed);
  const out: Found[] = [];
  const { plain, acc } = norm;
  const weak: Found[] = [];
  const inline: Found[] = [];
  const docGrades: Found[] = [];
  const benign = new Set<number>();
  for (const h of tags.get('MAT_BENIGN') ?? []) for (let t = h.t0; t < h.t1; t++) benign.add(t);
  const add = (start: number, end: number, kind: string): void => { out.push({ category: 'secret_marking', kind, start, end, value: kind }); };
  for (let i = 0; i < toks.count; i++) {
    if (MAT_WORDS.get(toks, i) === undefined || (benign.has(i) && !secondSyllableStolen(norm, toks, i))) continue;
    const a = tokenAcc(norm, toks, i);
    if (!matchesAny(a, MARK_VALUES)) continue;
    // 1. the marking alone on its line
    const ls = plain.lastIndexOf('\n', toks.start[i] - 1) + 1;
    let le = plain.indexOf('\n', toks.end[i]);
    if (le < 0) le = plain.length;
    if (le - ls <= 60 && matchesAny(letters(acc, ls, le), MARKINGS)) {
      let a0 = ls; let a1 = le;
      while (a0 < a1 && /[\s"'“”*_()[\]-]/.test(plain[a0])) a0++;
      while (a1 > a0 && /[\s"'“”*_()[\].:-]/.test(plain[a1 - 1])) a1--;
      add(a0, a1, 'marking_line');
      continue;
    }
    // 2. "Độ mật: Tối mật"
    if (i > 0 && toks.text[i - 1] === 'do' && matchesAny(tokenAcc(norm, toks, i - 1), ['độ'])) {
      const rest = plain.slice(toks.end[i], Math.min(le, toks.end[i] + 40));
      const m = /^\s*[:\-–—]\s*/.exec(rest);
      if (m) {
        const from = toks.end[i] + m[0].length;
        let to = from;
        while (to < le && !/[),;\n[]/.test(plain[to])) to++;
        if (matchesAny(letters(acc, from, to), MARK_VALUES, true)) { add(toks.start[i - 1], to, 'do_mat'); continue; }
      }
    }
    const ms = i > 0 && (toks.text[i - 1] === 'toi' || toks.text[i - 1] === 'tuyet') && toks.start[i] - toks.end[i - 1] <= 2 ? i - 1 : i;
    // 2b. "tài liệu độ Mật", "văn bản độ tối mật", "(độ Mật)": the grade named as the text's own, unless the rules are asked about
    // ("do mat" without diacritics is also "do mất": only with "độ" typed as such, or a graded "do toi mat")
    if (ms > 0 && toks.text[ms - 1] === 'do' && (tokenAcc(norm, toks, ms - 1) === 'độ' || ms === i - 1) && toks.start[ms] - toks.end[ms - 1] <= 2) {
      docGrades.push({ category: 'secret_marking', kind: 'do_grade', start: toks.start[ms - 1], end: toks.end[i], value: 'do_grade' });
      continue;
    }
    // 3. in brackets: "(MẬT, chưa trình …)", "(Tối-Mật)"
    // "(Tài liệu Mật, …)": a document noun may sit between the bracket and the grade
    let bs = ms;
    if (bs >= 2 && DOC_NOUN.has(`${toks.text[bs - 2]} ${toks.text[bs - 1]}`)) bs -= 2;
    const before = plain.slice(Math.max(0, toks.start[bs] - 3), toks.start[bs]).trimEnd();
    const after = plain.slice(toks.end[i], toks.end[i] + 3).trimStart();
    if (/[([]$/.test(before) && /^[)\],;:\-–—]/.test(after) && !listsGrades(plain, toks.start[bs], le)) { add(toks.start[bs], toks.end[i], 'marking_bracket'); continue; }
    // 3b. a grade in capitals set off by a dash or a slash: "ĐỀ THI CHÍNH THỨC – MẬT", "MẬT / SECRET", "——Mật——"
    const sepBefore = /[–—\-/|]\s*$/.test(plain.slice(Math.max(0, toks.start[ms] - 3), toks.start[ms]));
    const sepAfter = /^\s*[–—\-/|]/.test(plain.slice(toks.end[i], toks.end[i] + 3));
    if ((sepBefore || sepAfter) && norm.upper[toks.start[ms]] === 1 && hasDiacritics(a) && !listsGrades(plain, toks.start[ms], le)) {
      add(toks.start[ms], toks.end[i], 'marking_separated');
      continue;
    }
    // 4. upper-case MẬT inside ordinary lower-case text, with or without its diacritics ("tài liệu này MAT")
    if ((a === 'mật' || (a === 'mat' && toks.mergedAcc[i] === undefined)) && isUpperToken(norm, toks, i)) {
      const prevCaps = ms > 0 && toks.line[ms - 1] === toks.line[i] && isUpperToken(norm, toks, ms - 1);
      const nextCaps = i + 1 < toks.count && toks.line[i + 1] === toks.line[i] && isUpperToken(norm, toks, i + 1);
      if (!prevCaps && !nextCaps) { weak.push({ category: 'secret_marking', kind: 'marking_caps', start: toks.start[ms], end: toks.end[i], value: 'marking_caps' }); continue; }
    }
    // 5. "tối mật" / "tuyệt mật" inside a sentence: a grade is named, so a document is meant unless the rules are asked about
    // (written with diacritics or in capitals: "toi mat" alone is also "tôi mất")
    const graded = ms === i - 1 ? `${tokenAcc(norm, toks, ms)}${a}` : a;
    const capitals = isUpperToken(norm, toks, i) && isUpperToken(norm, toks, ms);
    if ((ms === i - 1 || toks.text[i] !== 'mat') && (graded === 'tốimật' || graded === 'tuyệtmật' || capitals)) {
      inline.push({ category: 'secret_marking', kind: 'marking_inline', start: toks.start[ms], end: toks.end[i], value: 'marking_inline' });
      // the same grade after a document noun still counts when a question frame drops the inline reading
      const doc = docGradeAt(norm, toks, ms, i);
      if (doc) docGrades.push(doc);
      continue;
    }
    // 6. a document noun right before a grade: "tài liệu mật", "van ban toi mat", "báo cáo tuyệt mật"
    const doc = docGradeAt(norm, toks, ms, i);
    if (doc) docGrades.push(doc);
  }
  const strong = out.length > 0;
  // a pasted legal text (several "Điều N." headings) or a published one talks about secrets without being one
  const legalText = (plain.match(LEGAL_HEADING) ?? []).length >= 2 || tags.has('PUBLISHED');
  const short = plain.length < 600;
  // "… giúp mình được không?" is a polite request, not a question about the rules
  const lawQ = (tags.get('LAW_Q') ?? []).some((h) => !POLITE_ASK.has(h.phrase) || !REQUEST.test(plain.slice(Math.max(0, h.start - 80), h.start)));
  const aboutRules = !strong && ((short && lawQ) || legalText);
  const broadQuestion = aboutRules || (!strong && short && (tags.has('LAW_Q_BROAD') || plain.includes('?')));
  // a grade in a sentence about the rules ("khi vận chuyển tài liệu tối mật phải …") marks no document
  const carried = (f: Found): boolean => !sentenceAboutRules(norm, toks, f.start, f.end);
  if (!broadQuestion) out.push(...inline.filter(carried));
  if (!legalText) out.push(...docGrades.filter(carried));
  if (!aboutRules) {
    out.push(...weak);
    for (const h of tags.get('SECRET_STMT') ?? []) {
      // "là mật" in "là mật khẩu" is not a statement: an everyday compound reaches past it
      const spill = (tags.get('MAT_BENIGN') ?? []).some((b) => b.t0 < h.t1 && b.t1 > h.t0 && (b.t1 > h.t1 || b.t0 < h.t0));
      if (!spill && !sentenceAboutRules(norm, toks, h.start, h.end, false)) add(h.start, h.end, 'secret_statement');
    }
    for (const h of tags.get('ENVELOPE') ?? []) add(h.start, h.end, 'envelope');
    for (const h of tags.get('SECRET_STMT_ACCENTED') ?? []) {
      if (tokenAcc(norm, toks, h.t1 - 1) !== 'mật') continue;
      if ((tags.get('MAT_BENIGN') ?? []).some((b) => b.t0 < h.t1 && b.t1 > h.t1)) continue;
      add(h.start, h.end, 'secret_statement');
    }
  }
  return out;
}

function isUpperToken(norm: NormalisedText, toks: Tokens, i: number): boolean {
  if (toks.mergedAcc[i] !== undefined && !(toks as AliasedTokens).typo?.has(i)) return true;
  for (let p = toks.start[i]; p < toks.end[i]; p++) if (!norm.upper[p]) return false;
  return toks.end[i] - toks.start[i] > 1 || /[a-z]/.test(norm.plain[toks.start[i]]);
}

/** "tài liệu mật" and the like: a grade (tokens ms..i) right after a document noun on the same line. */
function docGradeAt(norm: NormalisedText, toks: Tokens, ms: number, i: number): Found | null {
  const graded = ms === i - 1 ? `${tokenAcc(norm, toks, ms)}${tokenAcc(norm, toks, i)}` : tokenAcc(norm, toks, i);
  const plainGrade = ms === i - 1 ? `${toks.text[ms]}${toks.text[i]}` : toks.text[i];
  const accented = hasDiacritics(graded);
  const n = docNounBefore(norm, toks, ms, accented || plainGrade !== 'mat');
  if (n === 0 || toks.line[ms - 1] !== toks.line[ms] || toks.start[ms] - toks.end[ms - 1] > 3) return null;
  if (!accented && !unaccentedGradeFits(toks, i, plainGrade as 'mat' | 'toimat' | 'tuyetmat')) return null;
  return { category: 'secret_marking', kind: 'document_grade', start: toks.start[ms - n], end: toks.end[i], value: 'document_grade' };
}

// "(tuyệt mật, tối mật, mật)" names the grades of the law; a marking in brackets carries one grade
function listsGrades(plain: string, from: number, lineEnd: number): boolean {
  const open = plain.lastIndexOf('(', from) >= plain.lastIndexOf('[', from) ? plain.lastIndexOf('(', from) : plain.lastIndexOf('[', from);
  let close = plain.slice(from, lineEnd).search(/[)\]]/);
  close = close < 0 ? lineEnd : from + close;
  return (plain.slice(open + 1, close).match(/(?:^|[^a-z])mat(?![a-z])/g) ?? []).length >= 2;
}

/** Tokens with the grade words' common typos read as the grade ("mậtt", "mât", "tói", "tyệt", "t0i"); `typo` lists them. */
interface AliasedTokens extends Tokens { typo?: Set<number> }

const PLAIN_TYPOS = createSyllableMap([['matt', 'mat'], ['mattt', 'mat'], ['t0i', 'toi'], ['tyet', 'tuyet'], ['tuyett', 'tuyet']]);
const GRADE_OR_TYPO = createSyllableMap(['mat', 'toi', 'tuyet', 'matt', 'mattt', 't0i', 'tyet', 'tuyett'].map((w) => [w, true] as const));
const ACC_TYPOS = new Map([['mât', 'mật'], ['mậtt', 'mật'], ['mâtt', 'mật'], ['matt', 'mat'], ['tói', 'tối'], ['tôí', 'tối'], ['tyệt', 'tuyệt'], ['tuyêt', 'tuyệt'], ['t0i', 'toi'], ['tyet', 'tuyet']]);

function withGradeTypos(norm: NormalisedText, toks: Tokens): AliasedTokens {
  let text: string[] | null = null;
  let hash: Int32Array | null = null;
  let merged: (string | undefined)[] | null = null;
  const typo = new Set<number>();
  for (let i = 0; i < toks.count; i++) {
    // a grade word or one of its typos (PLAIN_TYPOS' values are grade words)
    if (GRADE_OR_TYPO.get(toks, i) === undefined) continue;
    const p = toks.text[i];
    const plain = PLAIN_TYPOS.get(toks, i) ?? p;
    if (plain !== 'mat' && plain !== 'toi' && plain !== 'tuyet') continue;
    const a = tokenAcc(norm, toks, i);
    const fixed = ACC_TYPOS.get(a);
    if (fixed === undefined && plain === p) continue;
    text ??= [...toks.text];
    hash ??= toks.hash.slice();
    merged ??= [...toks.mergedAcc];
    text[i] = plain;
    hash[i] = syllableHash(plain);
    merged[i] = fixed ?? a;
    if (toks.mergedAcc[i] === undefined) typo.add(i);
  }
  return text ? { ...toks, text, hash: hash!, mergedAcc: merged!, typo } : toks;
}
