import type { Category } from '../types';
import type { ScreenInput } from './features';
import { createPhraseSet } from '../phrase-index';
import { SECRET_CONTEXT } from '../lexicon/secret-context';
import { ANCHOR_LEXICON } from '../lexicon/anchors';

/**
 * What a text must show before the learned screen may add a category the detectors did not find: the screen reads
 * words, and these anchors keep it from far-fetched readings (a question about the law read as a request, statistics
 * read as a fact about someone, "mất" read as "mật").
 */

// the lexicon tags one of which a text needs before the screen may find these level-2 categories in it (schedules and
// staff records are phrased too many ways for a lexicon: anchoring them cost a third of their recall)
const TOPIC_TAGS: Partial<Record<Category, string[]>> = {
  internal_marking: ['INTERNAL_MARK', 'NOI_BO', 'UNPUB', 'DRAFT'],
  unpublished_finance: ['FIN_TOPIC', 'FIN_STRONG'],
  party_internal: ['PARTY_ORG', 'PARTY_DOC'],
};

/** Whether the text has the topic words a level-2 category needs (true for categories without a topic list). */
export function hasTopic(d: ScreenInput, c: Category): boolean {
  const tags = TOPIC_TAGS[c];
  return !tags || tags.some((t) => d.tags.has(t));
}

const PERSON_REF = createPhraseSet(ANCHOR_LEXICON.PERSON_REF);
const PERSON_FOUND = new Set<Category>(['person_name', 'personal_id', 'personal_contact']);

/**
 * Whether the text points at one person: a private person's name, identifier or contact found by the detectors, or a
 * word that refers to one person ("ông", "chị", "cháu", "đồng chí" …). Aggregates ("1.240 người chấp hành xong án phạt
 * tù", "12.000 tín đồ") point at nobody: sensitive personal data is a fact about an identifiable person.
 */
export function namesSomeone(d: ScreenInput): boolean {
  if (d.found.some((f) => PERSON_FOUND.has(f.category))) return true;
  for (let t = 0; t < d.toks.count; t++) if (PERSON_REF.startingAt(d.norm, d.toks, t) > 0) return true;
  return false;
}

const QUESTION = new RegExp(`\\?|\\b(?:${ANCHOR_LEXICON.QUESTION.join('|')})\\b`);
const ASK = new RegExp(`\\b(?:${ANCHOR_LEXICON.ASK.join('|')})\\b`);
const CASE = new RegExp(`\\b(?:${ANCHOR_LEXICON.CASE.join('|')})\\b`);
const QUESTION_MAX = 300;
const REMARK_MAX = 120;

/**
 * Whether a text only asks about the rules or remarks on them ("Mức phạt vượt đèn đỏ với xe máy là bao nhiêu?", "Ai có
 * thẩm quyền xử phạt …?", a feedback comment "Thiếu căn cứ về mức phạt bổ sung"): a short question or a shorter remark,
 * with no request to write, give, decide or do anything, about no particular case (no person, firm, pasted document or
 * identifier). SENSITIVITY.md: a request *about* a rule is never refused, so the screen's reading of a forbidden purpose
 * does not count in it.
 */
export function asksAboutRules(d: ScreenInput): boolean {
  const p = d.norm.plain;
  if (p.length > QUESTION_MAX || (p.length > REMARK_MAX && !QUESTION.test(p)) || ASK.test(p) || CASE.test(p)) return false;
  return !d.found.some((f) => PERSON_FOUND.has(f.category));
}

const SECRECY_ACC = new Set(['mật', 'mậtt', 'mât', 'bmnn', 'secret', 'confidential', 'classified']);
const VERB_MAT_NEXT = new Set<string>(SECRET_CONTEXT.VERB_MAT_NEXT);
const LOSS_NEXT = new Set<string>(SECRET_CONTEXT.LOSS_NEXT);

/**
 * Whether a text has a word for secrecy: "mật" typed as such (or a near typo), "bmnn", "secret"; "mat" without
 * diacritics unless the next word shows "mất"/"mặt" ("mat hieu luc", "toi mat giay to"); never inside an everyday
 * compound (mật khẩu, mật độ, cơ mật …).
 */
export function namesSecrecy(d: ScreenInput): boolean {
  const { norm, toks, tags } = d;
  const benign = new Set<number>();
  for (const h of tags.get('MAT_BENIGN') ?? []) for (let t = h.t0; t < h.t1; t++) benign.add(t);
  for (let i = 0; i < toks.count; i++) {
    const t = toks.text[i];
    if (benign.has(i)) continue;
    if (t === 'toimat' || t === 'tuyetmat') return true;
    if (t !== 'mat' && t !== 'matt' && t !== 'bmnn' && t !== 'secret' && t !== 'confidential' && t !== 'classified') continue;
    const a = toks.mergedAcc[i] ?? norm.acc.slice(toks.start[i], toks.end[i]);
    if (SECRECY_ACC.has(a)) return true;
    if (a !== 'mat' && a !== 'matt') continue;
    const next = i + 1 < toks.count && toks.seg[i + 1] === toks.seg[i] ? toks.text[i + 1] : '';
    if (VERB_MAT_NEXT.has(next) || (i > 0 && toks.text[i - 1] === 'toi' && LOSS_NEXT.has(next))) continue;
    return true;
  }
  return false;
}
