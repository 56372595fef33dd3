import type { IndexData } from '../index/index-data';
import { createLegalSearch, type SearchOptions } from '../search/legal-search';
import { devQuestions, ownQuestions, rankMetrics, withoutDiacritics, type LabelledQuestion } from './question-sets';

/** One line of the evaluation: a question set and its ranking figures. */
export interface EvalRow {
  set: string;
  n: number;
  r1: number;
  r10: number;
  mrr10: number;
}

/** Ranking figures on the development hold-out (as written and without diacritics) and on our own eval sets. */
export function evaluateRetrieval(data: IndexData, opts: SearchOptions): EvalRow[] {
  const search = createLegalSearch(data, opts);
  const score = (set: string, qs: LabelledQuestion[]): EvalRow => ({
    set,
    ...rankMetrics(qs.map((q) => ({ gold: q.gold, ids: search.rank(q.question, 10).map((r) => data.ids[r.doc]) }))),
  });
  const rows: EvalRow[] = [];
  const holdout = devQuestions('holdout');
  if (holdout.length) {
    rows.push(score('dev holdout', holdout));
    rows.push(score('dev holdout, without diacritics', holdout.map(withoutDiacritics)));
    const train = devQuestions('train');
    rows.push(score('dev train (trained on)', train));
  }
  const own = ownQuestions('eval').filter((q) => q.gold.length > 0);
  const bySet = new Map<string, LabelledQuestion[]>();
  for (const q of own) bySet.set(q.set, [...(bySet.get(q.set) ?? []), q]);
  for (const [set, qs] of bySet) rows.push(score(`own ${set}`, qs));
  return rows;
}

/** Prints the figures as a Markdown table. */
export function printEvaluation(rows: EvalRow[]): void {
  console.log('\n| questions | n | R@1 | R@10 | MRR@10 |\n|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.set} | ${r.n} | ${r.r1.toFixed(3)} | ${r.r10.toFixed(3)} | ${r.mrr10.toFixed(3)} |`);
}
