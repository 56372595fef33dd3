import type { IndexData } from '../index/index-data';
import { createLegalSearch, type SearchOptions } from '../search/legal-search';
import { statusKey } from '../../qa/document-status';
import { devQuestions, ownQuestions, rankMetrics, withoutDiacritics, type LabelledQuestion } from './question-sets';

/** One line of the evaluation: a question set, its ranking figures, and how often it was answered. */
export interface EvalRow {
  set: string;
  n: number;
  r1: number;
  r10: number;
  mrr10: number;
  /** Share answered (the best hit's confidence reaches the bar) rather than "no basis". */
  answered: number;
}

/** The bar of the best hit's confidence below which the answer is "no basis" (the answerability model's 0.5). */
export const ANSWER_BAR = 0.5;

/**
 * Ranking and answer-or-abstain figures: development hold-out (as written, without diacritics, and with its gold
 * subjects hidden, which makes each question one whose law is absent), and our own eval sets (answerable ones,
 * and unanswerable ones whose gold list is empty).
 */
export function evaluateRetrieval(data: IndexData, opts: SearchOptions & { replaced?: Set<string> }): EvalRow[] {
  const search = createLegalSearch(data, opts);
  // As answers do: the best article of a document declared replaced gives "no basis".
  const replaced = (doc: number): boolean => !!opts.replaced?.has(statusKey(data.documents[data.articleDoc[doc]]?.soHieu ?? ''));
  const topicOfId = new Map<string, string>();
  data.ids.forEach((id, row) => topicOfId.set(id, data.topics[row]));
  const score = (set: string, qs: LabelledQuestion[], hideSubject = false): EvalRow => {
    let answered = 0;
    const ranked = qs.map((q) => {
      const topics = new Set(q.gold.map((id) => topicOfId.get(id)));
      const rows = search.rank(q.question, 10, hideSubject ? (doc) => topics.has(data.topics[doc]) : undefined);
      if ((rows[0]?.confidence ?? 0) >= ANSWER_BAR && !replaced(rows[0].doc)) answered++;
      return { gold: hideSubject ? [] : q.gold, ids: rows.map((r) => data.ids[r.doc]) };
    });
    return { set, ...rankMetrics(ranked), answered: answered / Math.max(1, qs.length) };
  };
  const rows: EvalRow[] = [];
  const holdout = devQuestions('holdout');
  if (holdout.length) {
    rows.push(score('dev holdout', holdout));
    rows.push(score('dev holdout, without diacritics', holdout.map(withoutDiacritics)));
    rows.push(score('dev holdout, its subject hidden (should be "no basis")', holdout, true));
    rows.push(score('dev train (trained on)', devQuestions('train')));
  }
  const bySet = new Map<string, LabelledQuestion[]>();
  for (const q of ownQuestions('eval')) bySet.set(q.set, [...(bySet.get(q.set) ?? []), q]);
  for (const [set, qs] of bySet) {
    const answerable = qs.filter((q) => q.gold.length > 0);
    const absent = qs.filter((q) => q.gold.length === 0);
    if (answerable.length) rows.push(score(`own ${set}`, answerable));
    if (absent.length) rows.push(score(`own ${set}, law absent (should be "no basis")`, absent));
  }
  return rows;
}

/** Prints the figures as a Markdown table. */
export function printEvaluation(rows: EvalRow[]): void {
  console.log('\n| questions | n | R@1 | R@10 | MRR@10 | answered |\n|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.set} | ${r.n} | ${r.r1.toFixed(3)} | ${r.r10.toFixed(3)} | ${r.mrr10.toFixed(3)} | ${r.answered.toFixed(3)} |`);
}
