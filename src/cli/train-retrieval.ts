// Trains the learned parts of legal search from the data the project may train on, and writes their weights as
// data (src/knowledge/data/): the restorer's everyday counts (our gate corpus and training questions), the re-ranker
// (the development questions' train half and datasets/legal-questions/train/). Prints the figures of each step.
// Usage: npm run retrieval:train [-- --data-dir ./data --paths knowledge --dry-run]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadOrBuildIndex } from '../knowledge';
import { createBuildProgress } from '../knowledge/index/build-progress';
import { countEveryday } from '../knowledge/train/everyday-counts';
import { devQuestions, ownQuestions, withoutDiacritics, type LabelledQuestion } from '../knowledge/train/question-sets';
import { rerankRows, trainReranker } from '../knowledge/train/train-reranker';
import { evaluateRetrieval, printEvaluation } from '../knowledge/train/evaluate-retrieval';
import { RERANKER_FILE } from '../knowledge/search/reranker-model';
import { trainAnswerability } from '../knowledge/train/train-answerability';
import { loadShippedStatuses, statusKey } from '../qa/document-status';
import { loadKnownGaps } from '../knowledge/load/known-gaps';
import { loadRerankerModel } from '../knowledge/search/reranker-model';
import { isUnaccented } from '../knowledge/normalize';

const ROOT = path.resolve(__dirname, '..', '..');
const DATA = path.join(ROOT, 'src', 'knowledge', 'data');
const ANSWERABILITY_FILE = path.join(DATA, 'answerability.json');

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: process.env.DATA_DIR ?? path.join(ROOT, 'data') },
    paths: { type: 'string', default: path.join(ROOT, 'knowledge') },
    'dry-run': { type: 'boolean', default: false },
    linear: { type: 'boolean', default: false },
    // Development: keep the committed re-ranker and train answerability only.
    'answerability-only': { type: 'boolean', default: false },
  },
});

/** Every text of the JSON Lines files under a folder (field `text` or `question`). */
function textsUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...textsUnder(p));
    else if (entry.name.endsWith('.jsonl')) {
      for (const line of fs.readFileSync(p, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const r = JSON.parse(line) as { text?: string; question?: string };
        if (r.text ?? r.question) out.push((r.text ?? r.question) as string);
      }
    }
  }
  return out;
}

async function main(): Promise<void> {
  const write = (file: string, value: unknown): void => {
    if (!values['dry-run']) fs.writeFileSync(file, `${JSON.stringify(value, null, 1)}\n`);
  };
  // 1. Everyday writing for the diacritic restorer: messages of our gate corpus, our training questions.
  const texts = [...textsUnder(path.join(ROOT, 'policy', 'corpus', 'raw')), ...ownQuestions('train').map((q) => q.question)];
  const everyday = countEveryday(texts);
  console.log(`everyday counts: ${texts.length} texts → ${Object.keys(everyday.unigrams).length} syllables, ${Object.keys(everyday.bigrams).length} pairs`);
  write(path.join(DATA, 'everyday-counts.json'), everyday);

  // 2. The index of the default knowledge (built once, then reused from the data folder).
  const paths = values.paths.split(',').map((p) => path.resolve(p));
  const { data } = await loadOrBuildIndex({ paths, dataDir: path.resolve(values['data-dir']), onProgress: createBuildProgress({ bar: process.stderr.isTTY === true }) });

  // 3. The re-ranker: every training question as written, and typed without diacritics when it had them.
  const dev = devQuestions('train');
  if (dev.length === 0) console.warn('note: ../shared/data/legal/questions_dev.jsonl not found; training on our own questions only');
  const own = ownQuestions('train').filter((q) => q.gold.length > 0);
  const training: LabelledQuestion[] = [...dev, ...own].flatMap((q) => (isUnaccented(q.question) ? [q] : [q, withoutDiacritics(q)]));
  let reranker = values['answerability-only'] ? loadRerankerModel() : undefined;
  if (!reranker) {
    const rows = rerankRows(data, training, everyday);
    console.log(`re-ranker: ${rows.questions} questions with the gold article in the pool, ${rows.X.length} rows`);
    const trained = trainReranker(rows, values.linear ? 'linear' : 'trees');
    if (trained.kind === 'linear') console.log(trained.features.map((f, i) => `${f} ${trained.weights[i]}`).join(', '));
    else console.log(`${trained.trees.length} trees`);
    write(RERANKER_FILE, trained);
    reranker = trained;
  }

  // 4. Answerability: answer or say "no basis" (our written unanswerable questions join the answerable ones).
  const absent = ownQuestions('train').filter((q) => q.gold.length === 0);
  const gaps = loadKnownGaps(path.join(ROOT, 'knowledge', 'chu-de-chua-co.json'));
  const answerability = trainAnswerability(data, [...training, ...absent], reranker, everyday, gaps);
  console.log(`answerability: ${JSON.stringify(answerability.counts)}; validation fifth: answered ${answerability.validation.answered.toFixed(3)} of answerable, "no basis" for ${answerability.validation.refused.toFixed(3)} of unanswerable (threshold ${answerability.validation.chosenAt} moved to 0.5)`);
  write(ANSWERABILITY_FILE, answerability.model);

  // 5. The figures, with the new weights.
  const replaced = new Set(loadShippedStatuses(path.join(ROOT, 'knowledge', 'trang-thai-van-ban.json')).filter((e) => e.status === 'replaced' || e.status === 'expired').map((e) => statusKey(e.soHieu)));
  printEvaluation(evaluateRetrieval(data, { reranker, everyday, answerability: answerability.model, replaced, gaps }));
}

void main();
