// Development helper: loads a saved index once and scores search settings on the dev questions (train/holdout halves).
import { readIndexFile } from '../../src/knowledge/index/index-file';
import { createLegalSearch, type SearchOptions } from '../../src/knowledge/search/legal-search';
import { metrics, readDevQuestions, splitOf, unaccented } from './dev-set';
import { DEFAULT_QUERY_WEIGHTS } from '../../src/knowledge/search/query-terms';
import { DEFAULT_BM25 } from '../../src/knowledge/search/bm25';

const file = process.argv[2];
const { data } = readIndexFile(file);
const questions = readDevQuestions();

function evaluate(name: string, opts: SearchOptions): void {
  const s = createLegalSearch(data, opts);
  const row: string[] = [name];
  for (const variant of ['acc', 'plain'] as const) {
    const qs = variant === 'acc' ? questions : questions.map(unaccented);
    const res = qs.map((q) => ({ gold: q.gold, ids: s.rank(q.question, 10).map((r) => data.ids[r.doc]), split: splitOf(q.qid) }));
    for (const split of ['train', 'holdout'] as const) {
      const m = metrics(res.filter((r) => r.split === split));
      row.push(`${variant}/${split} R1 ${m.r1.toFixed(3)} R10 ${m.r10.toFixed(3)} MRR ${m.mrr10.toFixed(3)}`);
    }
  }
  console.log(row.join(' | '));
}

const configs: Record<string, SearchOptions> = JSON.parse(process.argv[3] ?? '{"default":{}}');
for (const [name, c] of Object.entries(configs)) {
  evaluate(name, { ...c, bm25: { ...DEFAULT_BM25, ...c.bm25 }, weights: { ...DEFAULT_QUERY_WEIGHTS, ...c.weights } });
}
