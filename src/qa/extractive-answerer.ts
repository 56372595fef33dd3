import type { Article, Clause } from '../knowledge/types';
import { contentTerms, overlap, syllables, termsIn } from './lexical';
import { fill, qaMessages, type QaMessages } from './messages';
import { articleSearchText } from './no-basis';
import { articleLabel, displayDate, documentLabel, truncate } from './sources';
import type { Answerer, Source } from './types';

const QUOTE_MAX = 500;
const POINTS_MAX = 4;

/** Options of the extractive answerer. */
export interface ExtractiveOptions {
  messages?: QaMessages;
  /** Most articles quoted in one answer (default 3). */
  maxArticles?: number;
  /** Most clauses quoted per article (default 2). */
  maxClauses?: number;
}

/** Creates the model-free answerer: quotes the clauses of the best articles that share the question's words. */
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
      const blocks = chosen.map((source) => {
        const clauses = pickClauses(source.hit.article, terms, maxClauses);
        if (clauses[0]) excerpts.set(source.hit.article.id, clauses[0].text);
        return articleBlock(source, clauses.map((c) => quoteClause(c, terms, m)), m);
      });
      return { kind: 'text', text: [m.intro, ...blocks, m.closing].join('\n\n'), excerpts };
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

// Clauses (or paragraphs when the article was not split) sharing most words with the question, in document order.
function pickClauses(article: Article, terms: Set<string>, max: number): Clause[] {
  const clauses: Clause[] = article.clauses.length > 0 ? article.clauses : paragraphs(article.text);
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

function quoteClause(clause: Clause, terms: Set<string>, m: QaMessages): string {
  const label = clause.number ? `${fill(m.clauseLabel, { number: clause.number })}: ` : '';
  const lines = [`- ${label}“${truncate(clause.text, QUOTE_MAX)}”`];
  const relevant = clause.points.filter((p) => overlap(terms, p.text) > 0);
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
  return [heading, ...quotes, documentFacts(article, m)].join('\n');
}

function documentFacts(article: Article, m: QaMessages): string {
  const d = article.document;
  const facts = [d.ten && d.soHieu ? `${documentLabel(d, m)} “${truncate(d.ten, 160)}”` : documentLabel(d, m)];
  if (d.ngayBanHanh) facts.push(fill(m.issuedOn, { date: displayDate(d.ngayBanHanh) }));
  if (d.coQuanBanHanh) facts.push(fill(m.issuedBy, { issuer: d.coQuanBanHanh }));
  if (d.ngayHieuLuc) facts.push(fill(m.effectiveOn, { date: displayDate(d.ngayHieuLuc) }));
  facts.push(d.tinhTrang ? fill(m.status, { status: d.tinhTrang }) : m.statusUnknown);
  return fill(m.documentFacts, { facts: facts.join(', ') });
}
