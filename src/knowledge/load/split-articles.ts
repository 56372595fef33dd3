import type { Article, Clause, LegalDocument } from '../types';

// "Điều 7. Title", "## Điều 7: Title", "**Điều 7.** Title"; the number may carry a letter suffix (Điều 7a).
const ARTICLE_HEADING = /^\s*(?:#{1,6}\s*)?(?:\*\*)?\s*Điều\s+(\d+[a-zđ]?)\s*[.:]?(?:\*\*)?\s*(.*)$/iu;
const CLAUSE_LINE = /^\s*(?:\*\*)?(\d{1,3})\.(?:\*\*)?\s+(.*)$/u;
const POINT_LINE = /^\s*(?:\*\*)?([a-zđ])\)(?:\*\*)?\s+(.*)$/u;

/** One article as cut from a document's text, before it is tied to a document. */
export interface ArticleDraft {
  number: string;
  title: string;
  text: string;
}

function cleanTitle(raw: string): string {
  return raw.replace(/\*\*/g, '').replace(/^[.:\s]+/, '').trim();
}

/** Cuts document text at "Điều N." headings; text before the first heading (the preamble) is dropped. */
export function splitArticles(text: string): ArticleDraft[] {
  const drafts: ArticleDraft[] = [];
  let current: { number: string; title: string; lines: string[] } | undefined;
  const flush = (): void => {
    if (current) drafts.push({ number: current.number, title: current.title, text: current.lines.join('\n').trim() });
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const m = ARTICLE_HEADING.exec(line);
    if (m) {
      flush();
      current = { number: m[1].toLowerCase(), title: cleanTitle(m[2]), lines: [] };
    } else if (current) {
      current.lines.push(line.trimEnd());
    }
  }
  flush();
  return drafts;
}

/** Parses an article's text into clauses ("1.", "2.") and their points ("a)", "b)"), so each is addressable. */
export function parseClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let clause: Clause | undefined;
  let point: { letter: string; text: string } | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const c = CLAUSE_LINE.exec(line);
    const p = c ? null : POINT_LINE.exec(line);
    if (c) {
      clause = { number: c[1], text: c[2].trim(), points: [] };
      point = undefined;
      clauses.push(clause);
    } else if (p && clause) {
      point = { letter: p[1], text: p[2].trim() };
      clause.points.push(point);
    } else if (point) {
      point.text += `\n${line}`;
    } else if (clause) {
      clause.text += `\n${line}`;
    }
  }
  return clauses;
}

/** Ties drafts to their document: ids are `<docId>#D<number>`, clauses parsed. */
export function toArticles(drafts: ArticleDraft[], document: LegalDocument, topic?: string): Article[] {
  const seen = new Map<string, number>();
  return drafts.map((d) => {
    // Repeated numbers (amending documents quote other articles) get a suffix so ids stay unique.
    const n = (seen.get(d.number) ?? 0) + 1;
    seen.set(d.number, n);
    const id = `${document.id}#D${d.number}${n > 1 ? `-${n}` : ''}`;
    return { id, number: d.number, title: d.title, text: d.text, clauses: parseClauses(d.text), document, topic };
  });
}
