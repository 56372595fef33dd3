import type { IndexData } from '../index/index-data';
import { createLegalSearch, DEFAULT_POOL } from '../search/legal-search';
import { candidateFeatures, FEATURE_NAMES } from '../search/rerank-features';
import type { RerankerModel } from '../search/reranker-model';
import type { EverydayCounts } from '../search/restore-diacritics';
import { fitLogistic, type RankingRows } from './logistic';
import { trainGbdt } from './gbdt';
import type { LabelledQuestion } from './question-sets';


/** The feature rows of questions whose gold article reaches the candidate pool. */
export function rerankRows(data: IndexData, questions: LabelledQuestion[], everyday?: EverydayCounts): RankingRows & { questions: number } {
  const search = createLegalSearch(data, { everyday });
  const rows: RankingRows = { X: [], y: [], groups: [] };
  let used = 0;
  for (const q of questions) {
    const prepared = search.prepare(q.question, DEFAULT_POOL);
    const gold = new Set(q.gold);
    if (!prepared.pool.hits.some((h) => gold.has(data.ids[h.doc]))) continue;
    const feats = candidateFeatures(data, prepared, search.bm25.idf, search.semantic);
    rows.groups.push([rows.X.length, rows.X.length + feats.length]);
    prepared.pool.hits.forEach((h, i) => {
      rows.X.push(feats[i]);
      rows.y.push(gold.has(data.ids[h.doc]) ? 1 : 0);
    });
    used++;
  }
  return { ...rows, questions: used };
}

/** Trains the re-ranker: boosted trees (LambdaMART) or a logistic model over the same features. */
export function trainReranker(rows: RankingRows, kind: 'trees' | 'linear'): RerankerModel {
  if (kind === 'trees') return { kind: 'trees', ...trainGbdt(rows, [...FEATURE_NAMES]) };
  const fit = fitLogistic(rows, { l2: 1e-3, iterations: 800, listwise: 0.2 });
  const round = (x: number): number => Number(x.toFixed(4));
  return { kind: 'linear', features: [...FEATURE_NAMES], weights: fit.weights.map(round), bias: round(fit.bias) };
}
