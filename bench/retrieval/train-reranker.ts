// Trains the logistic-regression re-ranker on the "train" half of the dev questions (accented and unaccented forms)
// and reports both halves. Usage: npx tsx bench/retrieval/train-reranker.ts <index file> [--write]
import fs from 'node:fs';
import { readIndexFile } from '../../src/knowledge/index/index-file';
import { createBm25 } from '../../src/knowledge/search/bm25';
import { queryTerms } from '../../src/knowledge/search/query-terms';
import { candidateFeatures, FEATURE_NAMES } from '../../src/knowledge/search/rerank-features';
import { createLegalSearch } from '../../src/knowledge/search/legal-search';
import { createSemanticScorer } from '../../src/knowledge/search/semantic-score';
import { isDefinitionQuestion } from '../../src/knowledge/search/definition';
import { candidatePool, definitionsByDocument } from '../../src/knowledge/search/candidates';
import { RERANKER_FILE, type RerankerWeights } from '../../src/knowledge/search/linear-reranker';
import { metrics, readDevQuestions, splitOf, unaccented } from './dev-set';

const POOL = Number(process.env.POOL ?? 50);
const L2 = Number(process.env.L2 ?? 1e-3);
const LISTWISE = Number(process.env.LISTWISE ?? 0.2);
const SEM_EXTRA = Number(process.env.SEM_EXTRA ?? 20);
const { data } = readIndexFile(process.argv[2]);
// Ablation: NO_SEMANTIC=1 trains and scores as if the index had no semantic vectors.
if (process.env.NO_SEMANTIC) delete data.semantic;
const questions = readDevQuestions();
const bm25 = createBm25(data);
const semantic = createSemanticScorer(data);
const definitions = definitionsByDocument(data);

const X: number[][] = [];
const y: number[] = [];
const groups: [number, number][] = [];
for (const q of questions.filter((x) => splitOf(x.qid) === 'train')) {
  for (const variant of [q, unaccented(q)]) {
    const { terms, unaccented: plain } = queryTerms(variant.question);
    const result = candidatePool(data, bm25, definitions, terms, POOL, isDefinitionQuestion(variant.question), semantic, SEM_EXTRA);
    const gold = new Set(q.gold);
    if (!result.hits.some((h) => gold.has(data.ids[h.doc]))) continue;
    const feats = candidateFeatures(data, terms, result, plain, bm25.idf, semantic, isDefinitionQuestion(variant.question));
    groups.push([X.length, X.length + result.hits.length]);
    result.hits.forEach((h, i) => {
      X.push(feats[i]);
      y.push(gold.has(data.ids[h.doc]) ? 1 : 0);
    });
  }
}

// Full-batch gradient descent with Adam on the mean log-loss plus an L2 penalty.
const d = FEATURE_NAMES.length;
const w = new Array<number>(d + 1).fill(0);
const m = new Array<number>(d + 1).fill(0);
const v = new Array<number>(d + 1).fill(0);
for (let it = 1; it <= Number(process.env.ITERS ?? 800); it++) {
  const g = new Array<number>(d + 1).fill(0);
  const zs = X.map((x) => {
    let z = w[d];
    for (let j = 0; j < d; j++) z += w[j] * x[j];
    return z;
  });
  for (let i = 0; i < X.length; i++) {
    const err = 1 / (1 + Math.exp(-zs[i])) - y[i];
    for (let j = 0; j < d; j++) g[j] += err * X[i][j];
    g[d] += err;
  }
  // Listwise term (softmax over each query's candidates) so the ordering, not only calibration, is learned.
  for (const [a, b] of groups) {
    const mx = Math.max(...zs.slice(a, b));
    const ex = zs.slice(a, b).map((z) => Math.exp(z - mx));
    const sum = ex.reduce((s, e) => s + e, 0);
    const pos = y.slice(a, b).reduce((s, v) => s + v, 0);
    for (let i = a; i < b; i++) {
      const err = LISTWISE * (pos * (ex[i - a] / sum) - y[i]) * (X.length / groups.length);
      for (let j = 0; j < d; j++) g[j] += err * X[i][j];
    }
  }
  for (let j = 0; j <= d; j++) {
    const gj = g[j] / X.length + (j < d ? L2 * w[j] : 0);
    m[j] = 0.9 * m[j] + 0.1 * gj;
    v[j] = 0.999 * v[j] + 0.001 * gj * gj;
    w[j] -= (0.05 * (m[j] / (1 - 0.9 ** it))) / (Math.sqrt(v[j] / (1 - 0.999 ** it)) + 1e-8);
  }
}
const model: RerankerWeights = { features: [...FEATURE_NAMES], weights: w.slice(0, d).map((x) => Number(x.toFixed(4))), bias: Number(w[d].toFixed(4)) };
console.log(`rows ${X.length}, positives ${y.filter(Boolean).length}`);
console.log(JSON.stringify(Object.fromEntries(FEATURE_NAMES.map((f, j) => [f, model.weights[j]]))), 'bias', model.bias);

for (const [name, reranker] of [['bm25', undefined], ['reranked', model]] as const) {
  const s = createLegalSearch(data, { reranker, candidates: POOL, semanticExtra: SEM_EXTRA });
  const row: string[] = [name];
  for (const variant of ['acc', 'plain'] as const) {
    const qs = variant === 'acc' ? questions : questions.map(unaccented);
    const res = qs.map((q) => ({ gold: q.gold, ids: s.rank(q.question, 10).map((r) => data.ids[r.doc]), split: splitOf(q.qid) }));
    for (const split of ['train', 'holdout'] as const) {
      const mm = metrics(res.filter((r) => r.split === split));
      row.push(`${variant}/${split} R1 ${mm.r1.toFixed(3)} R10 ${mm.r10.toFixed(3)} MRR ${mm.mrr10.toFixed(3)}`);
    }
  }
  console.log(row.join(' | '));
}
if (process.argv.includes('--write')) fs.writeFileSync(RERANKER_FILE, `${JSON.stringify(model, null, 2)}\n`);
