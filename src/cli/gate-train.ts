/**
 * Trains the gate's learned screen from the corpus (policy/corpus/corpus.jsonl): one logistic regression per
 * category over hashed features, k-fold cross-validated on the train split, thresholds chosen on the validation
 * split (recall first, then precision), figures on the test split; writes src/gate/data/screen-model.json.
 * Usage: npm run gate:train [-- --folds 5] [--writers] [--dry] [--bits 18] [--chars 0] [--norm sqrt] …
 */
import fs from 'node:fs';
import path from 'node:path';
import { createDetector } from '../gate/create-gate';
import { readCorpus } from '../gate/learn/corpus';
import { buildDataset } from '../gate/learn/dataset';
import { precision, recall, countAt, type Counts } from '../gate/learn/metrics';
import { crossValidate, rowsWhere, trainAll, type TrainOptions } from '../gate/learn/train';
import { encodeModel, MODEL_FILE, SCREEN_CATEGORIES } from '../gate/screen/model-file';
import type { FeatureConfig } from '../gate/screen/features';
import type { Normalisation } from '../gate/screen/model';

const argv = process.argv.slice(2);
const has = (f: string): boolean => argv.includes(f);
const num = (f: string, d: number): number => (has(f) ? Number(argv[argv.indexOf(f) + 1]) : d);
const str = (f: string, d: string): string => (has(f) ? argv[argv.indexOf(f) + 1] : d);

const features: FeatureConfig = {
  bits: num('--bits', 18), accented: !has('--no-accented'), bigrams: !has('--no-bigrams'), trigrams: has('--trigrams'),
  chars: num('--chars', 0), classes: !has('--no-classes'), signals: !has('--no-signals'),
};
const normalisation = str('--norm', 'sqrt') as Normalisation;
const opts: TrainOptions = {
  l2: num('--l2', 1e-4), posWeight: num('--pos-weight', 3), iterations: num('--iterations', 120), recall: { default: num('--recall', 0.95) },
};
const window = { tokens: num('--window', 1024), stride: num('--stride', 512) };
const band = num('--band', 1.5);
const folds = num('--folds', 5);
const started = Date.now();
const log = (s: string): void => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${s}`);

const items = readCorpus();
const detect = createDetector();
const ds = buildDataset(items, detect, features, normalisation, [...SCREEN_CATEGORIES]);
log(`${items.length} items, ${ds.X.idx.length} non-zero features (${(ds.X.idx.length / items.length).toFixed(0)} per item); ${JSON.stringify(features)} norm=${normalisation}`);
const train = rowsWhere(ds, (i) => items[i].split === 'train');
const validation = rowsWhere(ds, (i) => items[i].split === 'validation');
const test = rowsWhere(ds, (i) => items[i].split === 'test');

const pct = (x: number): string => x.toFixed(3);
const row = (name: string, c: Counts): string => `| ${name} | ${c.tp + c.fn} | ${pct(precision(c))} | ${pct(recall(c))} | ${c.tp} | ${c.fp} | ${c.fn} |`;
const header = '| category | positives | precision | recall | tp | fp | fn |\n|---|---:|---:|---:|---:|---:|---:|';

const cv = folds > 1 ? crossValidate(ds, train, validation, folds, opts, log) : null;
const final = trainAll(ds, train, validation, opts);
log('final models trained');
const figures: Record<string, Record<string, { precision: number; recall: number; positives: number }>> = { cv: {}, validation: {}, test: {} };
const report = (name: string, counts: (k: number) => Counts): void => {
  console.log(`\n${name}\n${header}`);
  ds.categories.forEach((c, k) => {
    const n = counts(k);
    figures[name][c] = { precision: Number(pct(precision(n))), recall: Number(pct(recall(n))), positives: n.tp + n.fn };
    console.log(row(c, n));
  });
};
if (cv) report('cv', (k) => cv[k]);
report('validation', (k) => countAt(final.scores[k], ds.labels[k], validation, final.thresholds[k]));
report('test', (k) => countAt(final.scores[k], ds.labels[k], test, final.thresholds[k]));

if (has('--writers')) {
  console.log('\nleave one writer out (recall on the writer\'s positives; level-1 items flagged by any purpose or level-2 category)');
  for (const w of [...new Set(items.map((it) => it.writer))].sort()) {
    const tr = rowsWhere(ds, (i) => items[i].split === 'train' && items[i].writer !== w);
    const va = rowsWhere(ds, (i) => items[i].split === 'validation' && items[i].writer !== w);
    const held = rowsWhere(ds, (i) => items[i].writer === w);
    const t = trainAll(ds, tr, va, opts);
    const parts: string[] = [];
    ds.categories.forEach((c, k) => {
      const n = countAt(t.scores[k], ds.labels[k], held, t.thresholds[k]);
      const others = [...tr].filter((i) => ds.labels[k][i]).length;
      if (n.tp + n.fn >= 5 && others >= 20) parts.push(`${c} ${n.tp}/${n.tp + n.fn}`);
    });
    const level1 = [...held].filter((i) => items[i].level === 1 && items[i].onprem === 'allow');
    const flagged = level1.filter((i) => ds.categories.some((_, k) => t.scores[k][i] >= t.thresholds[k])).length;
    console.log(`  ${w}: ${parts.join(', ') || '(no category shared with the other writers)'}; level-1 flagged ${flagged}/${level1.length}`);
  }
}

if (!has('--dry')) {
  const file = encodeModel({ features, categories: ds.categories, normalisation, window, band, weights: final.models.map((m) => m.w), bias: final.models.map((m) => m.b), thresholds: final.thresholds }, {
    corpus: { items: items.length, train: train.length, validation: validation.length, test: test.length }, options: { ...opts, folds }, figures,
  });
  fs.mkdirSync(path.dirname(MODEL_FILE), { recursive: true });
  fs.writeFileSync(MODEL_FILE, `${JSON.stringify(file, null, 1)}\n`);
  log(`wrote ${path.relative(process.cwd(), MODEL_FILE)} (${(fs.statSync(MODEL_FILE).size / 1e6).toFixed(2)} MB)`);
}
