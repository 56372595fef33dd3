// Prints the figures of legal search with the committed weights (src/knowledge/data/), without training: recall and
// MRR on the development holdout and our evaluation questions, and how often the assistant answers or says "no basis".
// Usage: npm run retrieval:eval [-- --data-dir ./data --paths knowledge]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadOrBuildIndex } from '../knowledge';
import { createBuildProgress } from '../knowledge/index/build-progress';
import { evaluateRetrieval, printEvaluation } from '../knowledge/train/evaluate-retrieval';
import { loadRerankerModel } from '../knowledge/search/reranker-model';
import { loadAnswerabilityModel } from '../knowledge/search/answerability';
import { loadKnownGaps } from '../knowledge/load/known-gaps';
import { loadShippedStatuses, statusKey } from '../qa/document-status';
import everyday from '../knowledge/data/everyday-counts.json';

const ROOT = path.resolve(__dirname, '..', '..');

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: process.env.DATA_DIR ?? path.join(ROOT, 'data') },
    paths: { type: 'string', default: path.join(ROOT, 'knowledge') },
  },
});

async function main(): Promise<void> {
  const paths = values.paths.split(',').map((p) => path.resolve(p));
  const { data } = await loadOrBuildIndex({ paths, dataDir: path.resolve(values['data-dir']), onProgress: createBuildProgress({ bar: process.stderr.isTTY === true }) });
  const replaced = new Set(loadShippedStatuses(path.join(ROOT, 'knowledge', 'trang-thai-van-ban.json')).filter((e) => e.status === 'replaced' || e.status === 'expired').map((e) => statusKey(e.soHieu)));
  const gaps = loadKnownGaps(path.join(ROOT, 'knowledge', 'chu-de-chua-co.json'));
  printEvaluation(evaluateRetrieval(data, { reranker: loadRerankerModel(), everyday, answerability: loadAnswerabilityModel(), replaced, gaps }));
}

void main();
