import type { Article, Clause, LegalDocument } from '../knowledge/types';
import { contentTerms, overlap, syllables, termsIn } from './lexical';
import { fill, qaMessages, type QaMessages } from './messages';
import { articleSearchText } from './no-basis';
import { articleLabel, displayDate, documentLabel, truncate } from './sources';
import type { Answerer, Source } from './types';

const QUOTE_MAX = 500;
const LEAD_MAX = 400;
const POINTS_MAX = 4;
const SEE_ALSO_MAX = 2;
const REPEALED = /^\(?\s*(?:được|đã được|bị)\s+bãi bỏ\s*\)?\.?$/iu;

/** Options of the extractive answerer. */
export interface ExtractiveOptions {
  messages?: QaMessages;
  /** Most articles quoted in one answer (default 3). */
  maxArticles?: number;
  /** Most clauses quoted per article (default 2). */
  maxClauses?: number;
}

/**
 * Creates the model-free answerer: a short answer (the sentence of the best clause that states it, quoted), the
 * clauses of the best articles that share the question's words, each document with its force, then the
 * neighbouring articles worth a look.
 */
export function createExtractiveAnswerer(opts: ExtractiveOptions = {}): Answerer {
  const m = opts.messages ?? qaMessages;
  const maxArticles = opts.maxArticles ?? 3;
  const maxClauses = opts.maxClauses ?? 2;
  return {
    name: 'extractive',
    async answer({ question, sources }) {
      const terms = contentTerms(question);
      const chosen = chooseSources(sources, terms, maxArticles);
      const excerpts = new Map<string, string>();
      const picked = chosen.map((source) => ({ source, clauses: pickClauses(source.hit.article, terms, maxClauses) }));
      const blocks = picked.map(({ source, clauses }) => {
        if (clauses[0]) excerpts.set(source.hit.article.id, clauses[0].text);
        return articleBlock(source, clauses.map((c) => quoteClause(c, terms, m)), m);
      });
      const lead = picked[0] ? shortAnswer(question, terms, picked[0].source, picked[0].clauses, m) : undefined;
      const seeAlso = seeAlsoLine(sources, chosen, m);
      const parts = [...(lead ? [lead] : []), m.basisHeading, ...blocks, ...(seeAlso ? [seeAlso] : []), m.closing];
      return { kind: 'text', text: parts.join('\n\n'), excerpts };
    },
  };
}

// The best source, then others only when they add question words the chosen ones lack
// (a question spanning two articles), and only if the retriever ranked them reasonably close.
function chooseSources(sources: Source[], terms: Set<string>, max: number): Source[] {
  if (sources.length === 0) return [];
  const seen = new Set<string>();
  const chosen: Source[] = [];
  const covered = new Set<string>();
  // Retriever scores may be logits (negative); its confidence, when given, is the comparable scale.
  const strength = (s: Source) => s.hit.confidence ?? s.hit.score;
  const top = strength(sources[0]);
  for (const source of sources.slice(0, 5)) {
    if (chosen.length >= max) break;
    const article = source.hit.article;
    if (seen.has(article.id)) continue;
    const text = articleSearchText(article);
    const fresh = termsIn(terms, text).filter((t) => !covered.has(t));
    const gain = fresh.reduce((n, t) => n + (t.includes(' ') ? 2 : 1), 0);
    const closeEnough = top <= 0 || strength(source) >= top * 0.5;
    if (chosen.length > 0 && (gain < 2 || !closeEnough)) continue;
    chosen.push(source);
    seen.add(article.id);
    fresh.forEach((t) => covered.add(t));
  }
  return chosen;
}

// Clauses (or paragraphs when the article was not split) sharing most words with the question, in document order;
// a repealed clause ("được bãi bỏ") is never quoted.
function pickClauses(article: Article, terms: Set<string>, max: number): Clause[] {
  const all: Clause[] = article.clauses.length > 0 ? article.clauses : paragraphs(article.text);
  const clauses = all.filter((c) => !REPEALED.test(c.text.trim()));
  if (clauses.length === 0) return [];
  const scored = clauseScores(clauses, terms).map((s, i) => ({ c: clauses[i], i, s }));
  const best = Math.max(...scored.map((x) => x.s));
  // A clause far below the best one only shares the article's common words with the question.
  let picked = scored.filter((x) => x.s > 0 && x.s >= best * 0.6).sort((a, b) => b.s - a.s || a.i - b.i).slice(0, max);
  if (picked.length === 0) picked = scored.slice(0, 1);
  picked.sort((a, b) => a.i - b.i);
  return picked.map(({ c }) => c);
}

// Question words found in a clause, each weighted by how rare it is among the article's clauses,
// so words every clause repeats (the article's subject) do not decide which clause is quoted.
function clauseScores(clauses: Clause[], terms: Set<string>): number[] {
  const found = clauses.map((c) => termsIn(terms, [c.text, ...c.points.map((p) => p.text)].join('\n')));
  const df = new Map<string, number>();
  for (const ts of found) for (const t of ts) df.set(t, (df.get(t) ?? 0) + 1);
  const n = clauses.length;
  return found.map((ts) => ts.reduce((sum, t) => sum + (t.includes(' ') ? 2 : 1) * Math.log((n + 1) / (df.get(t) ?? 1)), 0));
}

// What the question asks for, and what a sentence stating it contains.
const ASKS: [RegExp, RegExp][] = [
  [/bao lâu|bao lau|thời hạn|thoi han|mấy ngày|may ngay|bao nhiêu ngày|mấy tháng|may thang|bao nhiêu tháng|mấy năm|khi nào|khi nao|thời gian|thoi gian/iu, /\d+\s*(?:ngày|tháng|năm|giờ|tuần)|(?:ngày|tháng|năm) làm việc/iu],
  [/bao nhiêu tiền|mức phạt|muc phat|phạt bao nhiêu|phat bao nhieu|phạt tiền|lệ phí|le phi|mức hưởng|bao nhiêu phần trăm|bao nhieu tien|mức đóng/iu, /\d[\d.,]*\s*(?:đồng|%)|phần trăm|mức lương/iu],
  [/thẩm quyền|tham quyen|cơ quan nào|co quan nao|ai có quyền|ai ky|ai ký|nộp ở đâu|nop o dau|ở đâu|o dau/iu, /thẩm quyền|Chủ tịch|Ủy ban nhân dân|Bộ trưởng|cơ quan|Sở |Phòng /u],
  [/hồ sơ|ho so|giấy tờ|giay to|cần những gì|can nhung gi|thủ tục|thu tuc|gồm những|gom nhung/iu, /hồ sơ|gồm|bao gồm|giấy tờ|:\s*$/iu],
];

/** The sentence of the best clause that states the answer, quoted, with where it comes from. */
function shortAnswer(question: string, terms: Set<string>, source: Source, clauses: Clause[], m: QaMessages): string | undefined {
  const article = source.hit.article;
  const sentences: { text: string; clause: Clause; points?: string[] }[] = [];
  for (const c of clauses) {
    for (const s of c.text.split(/(?<=[.;])\s+/u)) if (syllables(s).length >= 4) sentences.push({ text: s.trim(), clause: c });
  }
  if (sentences.length === 0) return undefined;
  const cue = ASKS.find(([q]) => q.test(question))?.[1];
  const score = (s: { text: string }): number => overlap(terms, s.text) + (cue && cue.test(s.text) ? 4 : 0);
  const best = sentences.reduce((a, b) => (score(b) > score(a) ? b : a));
  if (score(best) <= 0) return undefined;
  let text = truncate(best.text, LEAD_MAX);
  // A sentence announcing a list ("Hồ sơ gồm:") answers only with its points.
  if (/:\s*$/.test(best.text) && best.clause.points.length > 0) {
    const points = best.clause.points.slice(0, POINTS_MAX).map((p) => `${p.letter}) ${truncate(p.text, 160).replace(/[;.,]+$/u, '')}`);
    text = `${text} ${points.join('; ')}${best.clause.points.length > POINTS_MAX ? '; …' : ''}`;
  }
  const where = `${best.clause.number ? `${fill(m.clauseLabel, { number: best.clause.number }).toLowerCase()} ` : ''}${articleLabel(article, m)}`;
  return fill(m.shortAnswer, { text: `“${text}”`, where, position: String(source.position) });
}

function quoteClause(clause: Clause, terms: Set<string>, m: QaMessages): string {
  const label = clause.number ? `${fill(m.clauseLabel, { number: clause.number })}: ` : '';
  const lines = [`- ${label}“${truncate(clause.text, QUOTE_MAX)}”`];
  const relevant = clause.points.filter((p) => overlap(terms, p.text) > 0 && !REPEALED.test(p.text.trim()));
  const points = relevant.length > 0 ? relevant : /[:：]\s*$/.test(clause.text) ? clause.points : [];
  for (const p of points.slice(0, POINTS_MAX)) {
    lines.push(`  - ${fill(m.pointLabel, { letter: p.letter })}) “${truncate(p.text, QUOTE_MAX)}”`);
  }
  return lines.join('\n');
}

// Unsplit article text: one pseudo-clause per non-empty line, numbers kept as written.
function paragraphs(text: string): Clause[] {
  return text.split(/\n+/).map((t) => t.trim()).filter((t) => syllables(t).length > 0)
    .map((t) => ({ number: '', text: t, points: [] }));
}

function articleBlock(source: Source, quotes: string[], m: QaMessages): string {
  const article = source.hit.article;
  const heading = `**${articleLabel(article, m)}${article.title ? ` – ${article.title}` : ''}** [${source.position}]`;
  const notes = article.notes?.length ? [fill(m.amendmentNote, { notes: article.notes.map((n) => truncate(n, 200)).join('; ') })] : [];
  return [heading, ...quotes, documentFacts(article.document, m), ...notes].join('\n');
}

/** Số hiệu and name, date, issuer, effective date, and what is known of the document's force. */
export function documentFacts(d: LegalDocument, m: QaMessages = qaMessages): string {
  const label = documentLabel(d, m);
  // A law's label already holds its name ("Luật Quản lý thuế 38/2019/QH14"): the name is not repeated.
  const named = d.ten && label.toLowerCase().includes(d.ten.replace(/^(bộ luật|luật|pháp lệnh)\s+/iu, '').toLowerCase());
  const facts = [d.ten && d.soHieu && !named ? `${label} “${truncate(d.ten, 160)}”` : label];
  if (d.ngayBanHanh) facts.push(fill(m.issuedOn, { date: displayDate(d.ngayBanHanh) }));
  if (d.coQuanBanHanh) facts.push(fill(m.issuedBy, { issuer: d.coQuanBanHanh }));
  if (d.ngayHieuLuc) facts.push(fill(m.effectiveOn, { date: displayDate(d.ngayHieuLuc) }));
  facts.push(forceOf(d, m));
  return fill(m.documentFacts, { facts: facts.join(', ') });
}

/** What the answer may say of a document's force: a declared change first, then what its source tells. */
export function forceOf(d: LegalDocument, m: QaMessages = qaMessages): string {
  const from = (date?: string) => (date ? fill(m.fromDate, { date: displayDate(date) }) : '');
  if (d.override?.status === 'amended') return fill(m.statusAmended, { by: d.override.by ?? '', from: from(d.override.from) });
  if (d.tinhTrang) return fill(m.status, { status: d.tinhTrang });
  if (d.status?.kind === 'codified') return d.status.asOf ? fill(m.statusCodified, { date: displayDate(d.status.asOf) }) : m.statusCodifiedUndated;
  if (d.status?.kind === 'original') return m.statusOriginal;
  return m.statusUnknown;
}

// The neighbours that matter: other well-ranked articles of the documents quoted (the same rule's exceptions,
// procedure or sanction), named so the reader can open them.
function seeAlsoLine(sources: Source[], chosen: Source[], m: QaMessages): string | undefined {
  const quoted = new Set(chosen.map((s) => s.hit.article.id));
  const docKey = (s: Source): string => s.hit.article.document.soHieu ?? s.hit.article.document.ten;
  const documents = new Set(chosen.map(docKey));
  const top = sources[0]?.hit.confidence ?? 0;
  const items = sources
    .filter((s) => !quoted.has(s.hit.article.id) && documents.has(docKey(s)) && !s.hit.article.repealed)
    .filter((s) => s.hit.confidence === undefined || s.hit.confidence >= top * 0.15)
    .slice(0, SEE_ALSO_MAX)
    .map((s) => `${articleLabel(s.hit.article, m)}${s.hit.article.title ? ` – ${truncate(s.hit.article.title, 90)}` : ''} [${s.position}]`);
  return items.length ? fill(m.seeAlso, { items: items.join('; ') }) : undefined;
}
