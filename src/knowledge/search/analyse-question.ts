// Reads a question as people type it before it is searched: consultation pleasantries dropped and the asked
// sentence told apart from the story around it, chat shorthand rewritten ("ko" → "không", "bn" → "bao nhiêu"),
// and diacritics restored when the question was typed without them.
import shorthandData from '../data/shorthand.json';
import { isUnaccented, stripDiacritics, syllables } from '../normalize';
import type { Restorer } from './restore-diacritics';

/** One sentence of the question, as syllables; `asked` marks the sentences that carry the question itself. */
export interface QuestionPart {
  tokens: string[];
  asked: boolean;
}

/** A question read for searching. */
export interface QuestionAnalysis {
  parts: QuestionPart[];
  /** Phrases that a shorthand with two readings may stand for (both are searched). */
  alternatives: string[][];
  /** Typed without diacritics (before restoration). */
  unaccented: boolean;
  /** The diacritics were restored. */
  restored: boolean;
  /** The question as read, for display and for the answerer. */
  text: string;
}

const REWRITE = new Map<string, string[]>(Object.entries(shorthandData.rewrite as Record<string, string>).map(([k, v]) => [stripDiacritics(k), syllables(v)]));
const EITHER = new Map<string, string[][]>(Object.entries(shorthandData.either as Record<string, string[]>).map(([k, v]) => [stripDiacritics(k), v.map(syllables)]));
// A single letter after these is a point or clause letter ("điểm k"), never shorthand.
const LETTER_CONTEXT = new Set(['điểm', 'diem', 'khoản', 'khoan', 'mục', 'muc']);

// JavaScript's \b knows ASCII letters only: Vietnamese words end at a space, punctuation or the end.
const END = '(?=[\\s,.:;!?…]|$)';
// Patterns are written without diacritics and matched on the folded text, so "chao ls" is read like "Chào luật sư".
// A greeting opening a sentence ("Thưa luật sư, …") is cut off; thanks and requests for advice are dropped whole.
const GREETING = new RegExp(`^(?:kinh\\s+)?(?:thua|chao|xin chao|kinh gui|gui|hello|hi)\\s+(?:luat su|ls|anh chi|anh\\/chi|cac anh chi|ban bien tap|quy co quan|tro ly|ban|admin|ad|a)${END}[\\s,.:!]*`, 'u');
const THANKS = new RegExp(`^(?:(?:em|e|toi|minh|con|chau)\\s+)?(?:xin\\s+)?(?:chan thanh\\s+)?(?:cam on|thank|thanks|tks|mong (?:luat su|ls|anh chi|duoc|nhan duoc|quy|cac)|rat mong|xin (?:luat su|ls|anh chi) tu van|nho (?:luat su|ls|anh chi) tu van)${END}`, 'u');
const QUESTION_CUE = new RegExp(`\\?|(?:^|\\s)(?:(?:co|duoc|phai|dc)\\s+(?:khong|ko|k|hok|hong|chua)|bao nhieu|bn|bao lau|bao gio|the nao|nhu nao|ntn|ra sao|la gi|nhung gi|gi|j|ai|o dau|khi nao|may|nao|hay khong|thu tuc|quy dinh|dieu kien|muc phat)${END}`, 'u');

const PLACEHOLDER = /\[[\p{Lu}\p{M}\d_]+_\d+\]/gu;

/** Splits a question into sentences: asked ones and the story around them; greetings and thanks go. */
function sentences(query: string): { text: string; asked: boolean }[] {
  // The gate's placeholders ([CCCD_1], [SĐT_2]) stand for personal data, never for what is asked.
  const raw = query.normalize('NFC').replace(PLACEHOLDER, ' ').split(/(?<=[.?!;:])\s+|\n+/u).map((s) => s.trim()).filter(Boolean);
  // Folding keeps one character per composed letter, so a match on the folded text cuts the original at the same place.
  const plainOf = (t: string): string => stripDiacritics(t).toLowerCase();
  const kept = raw
    .map((s) => s.slice(GREETING.exec(plainOf(s))?.[0].length ?? 0).trim())
    .filter((s) => s && !THANKS.test(plainOf(s)) && /[\p{L}\p{N}]/u.test(s));
  const parts = (kept.length ? kept : raw).map((s) => ({ text: s, asked: QUESTION_CUE.test(plainOf(s)) }));
  // With no recognisable question sentence, or a single sentence, the whole text is the question.
  if (!parts.some((p) => p.asked) || parts.length <= 1) return parts.map((p) => ({ ...p, asked: true }));
  return parts;
}

/** Rewrites shorthand syllables; returns the new tokens and the alternatives of ambiguous ones. */
function rewrite(tokens: string[], alternatives: string[][]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const key = stripDiacritics(t);
    if (key.length === 1 && i > 0 && LETTER_CONTEXT.has(tokens[i - 1])) {
      out.push(t);
      continue;
    }
    const either = EITHER.get(key);
    if (either) alternatives.push(...either);
    const r = REWRITE.get(key);
    if (r) out.push(...r);
    else out.push(t);
  }
  return out;
}

/** Reads a question for searching; `restore` (built from the index) puts diacritics back when they are missing. */
export function analyseQuestion(query: string, restore?: Restorer): QuestionAnalysis {
  const alternatives: string[][] = [];
  const parts: QuestionPart[] = sentences(query).map((s) => ({ tokens: rewrite(syllables(s.text), alternatives), asked: s.asked }));
  const unaccented = isUnaccented(query);
  let restored = false;
  if (restore && needsRestoring(parts)) {
    // One pass over the whole question, so each sentence's first syllable keeps the previous one as context.
    const flat = parts.flatMap((p) => p.tokens);
    const back = restore(flat);
    let at = 0;
    for (const p of parts) {
      p.tokens = back.slice(at, at + p.tokens.length);
      at += p.tokens.length;
    }
    restored = true;
  }
  return { parts, alternatives, unaccented, restored, text: parts.map((p) => p.tokens.join(' ')).join('. ') };
}

// Restore when few syllables carry diacritics: Vietnamese text written with them has them on most syllables, so
// a syllable typed plain there is meant plain ("cho", "theo").
function needsRestoring(parts: QuestionPart[]): boolean {
  const tokens = parts.flatMap((p) => p.tokens);
  const plain = tokens.filter((t) => stripDiacritics(t) === t).length;
  return plain > 0 && tokens.length - plain <= 0.25 * tokens.length;
}
