import type { NormalisedText } from './normalise';
import type { Tokens } from './tokens';
import type { Hit } from './phrase-index';
import { nearBefore, type Found } from './found';
import { sentenceAboutRules } from './secret-context';
import type { NameFound } from './detect-names';

const TIME_TOKEN = /^(\d{1,2}h\d{0,2}|\d{1,2}g\d{0,2})$/;
const WEEKDAY_OR_DATE = /\b(thu (hai|ba|tu|nam|sau|bay)|chu nhat|sang mai|chieu mai|toi mai|ngay mai|tuan toi|tuan sau|cuoi tuan|\d{1,2}\/\d{1,2}|\d{1,2} gio)\b/;

const NEGATED_BEFORE = /\b(chua|khong|chua duoc|khong duoc)\s+$/;

function first(h: Hit[] | undefined): Hit | undefined { return h && h.length > 0 ? h[0] : undefined; }

/**
 * Level-2 signals: internal markings, unpublished finance/planning figures, leaders' schedules,
 * personnel records of named staff and Party drafts. Each needs a topic and a sign that the
 * content is not public; anything said to be already published is left alone.
 */
export function detectInternal(norm: NormalisedText, toks: Tokens, tags: Map<string, Hit[]>, names: NameFound[]): Found[] {
  const out: Found[] = [];
  const add = (h: Hit, category: Found['category'], kind: string): void => { out.push({ category, kind, start: h.start, end: h.end, value: kind }); };
  // "đã công bố" speaks for a short message; in a long transcript it may concern any one of many items
  // ("chưa lấy ý kiến nhân dân" says the opposite of "lấy ý kiến nhân dân")
  const published = (tags.get('PUBLISHED') ?? []).some((h) => !NEGATED_BEFORE.test(norm.plain.slice(Math.max(0, h.start - 12), h.start))) && norm.plain.length < 2000;
  const unpub = first(tags.get('UNPUB'));
  const draft = first(tags.get('DRAFT'));
  const neg = tags.get('INTERNAL_NEG');
  let marked = false;
  for (const h of tags.get('INTERNAL_MARK') ?? []) {
    // "không đưa tài liệu mật, dữ liệu cá nhân, tài liệu nội bộ lên AI" is advice, not a marking
    if (nearBefore(neg, h.start, 30) || neg?.some((n) => n.end <= h.start && h.start - n.end <= 100 && toks.seg[n.t0] === toks.seg[h.t0])) continue;
    // "Phân biệt tài liệu mật với thông tin hạn chế tiếp cận theo Luật …": a concept in a short question about the law
    // (a marking heading its line, "tài liệu lưu hành nội bộ: …", is a label even there)
    const lineStart = norm.plain.lastIndexOf('\n', h.start - 1) + 1;
    const label = h.start - lineStart <= 12 || /^\s*[:\-–—)\]]/.test(norm.plain.slice(h.end, h.end + 3));
    if (!label && norm.plain.length < 300 && sentenceAboutRules(norm, toks, h.start, h.end, false)) continue;
    add(h, 'internal_marking', 'internal_marking');
    // a marking heading its line is a label on the document, as certain as a secrecy marking line
    if (label) out[out.length - 1].label = true;
    marked = true;
  }
  // "[Nội bộ]" / "(nội bộ)" as a label
  for (const h of tags.get('NOI_BO') ?? []) {
    const before = norm.plain.slice(Math.max(0, h.start - 2), h.start).trim();
    const after = norm.plain.slice(h.end, h.end + 2).trim();
    // "Nội bộ: …" heading a line is the same label
    const lineStart = norm.plain.lastIndexOf('\n', h.start - 1) + 1;
    const heading = h.start - lineStart <= 4 && /^[\s*[(]*$/.test(norm.plain.slice(lineStart, h.start)) && /^\s*[:\-–—]/.test(norm.plain.slice(h.end, h.end + 3));
    if (heading || ((before.endsWith('[') || before.endsWith('(')) && (after.startsWith(']') || after.startsWith(')')))) { add(h, 'internal_marking', 'internal_label'); out[out.length - 1].label = true; marked = true; }
  }
  if (published && !marked) return out;
  if (draft && unpub) add(draft, 'internal_marking', 'unpublished_draft');
  const fin = first(tags.get('FIN_TOPIC'));
  if (fin && unpub) add(fin, 'unpublished_finance', 'unpublished_finance');
  const pers = first(tags.get('PERS_TOPIC'));
  if (pers && (names.length > 0 || unpub || draft)) add(pers, 'personnel_records', 'personnel_records');
  const persAmbig = first(tags.get('PERS_AMBIG'));
  if (!pers && persAmbig && (unpub || draft || (names.length > 0 && tags.has('STAFF')))) add(persAmbig, 'personnel_records', 'personnel_records');
  const persWeak = first(tags.get('PERS_WEAK'));
  if (!pers && !persAmbig && persWeak && unpub) add(persWeak, 'personnel_records', 'personnel_records');
  const party = first(tags.get('PARTY_ORG'));
  if (party && (unpub || draft || (tags.has('PARTY_DOC') && names.length > 0))) add(party, 'party_internal', 'party_internal');
  const sched = first(tags.get('SCHED'));
  if (sched && tags.has('LEADER') && hasTime(norm, toks)) add(sched, 'leader_schedule', 'leader_schedule');
  return out;
}

function hasTime(norm: NormalisedText, toks: Tokens): boolean {
  for (let i = 0; i < toks.count; i++) if (TIME_TOKEN.test(toks.text[i])) return true;
  return WEEKDAY_OR_DATE.test(norm.plain.length > 20000 ? norm.plain.slice(0, 20000) : norm.plain);
}
