import type { Article } from '../knowledge/types';
import { contentTerms, overlap } from './lexical';
import type { Source } from './types';

/** The clause (or paragraph) of the article sharing most words with the question: the citation's abstract. */
export function relevantExcerpt(article: Article, question: string): string {
  const terms = contentTerms(question);
  const passages = article.clauses.length > 0
    ? article.clauses.map((c) => [c.text, ...c.points.map((p) => `${p.letter}) ${p.text}`)].join(' '))
    : article.text.split(/\n+/).map((t) => t.trim()).filter(Boolean);
  let best = passages[0] ?? article.text;
  let bestScore = 0;
  for (const p of passages) {
    const s = overlap(terms, p);
    if (s > bestScore) { best = p; bestScore = s; }
  }
  return best;
}

/** Relevant excerpts of every source, by article id. */
export function sourceExcerpts(sources: Source[], question: string): Map<string, string> {
  return new Map(sources.map((s) => [s.hit.article.id, relevantExcerpt(s.hit.article, question)]));
}
