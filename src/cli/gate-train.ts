/**
 * Trains the gate's learned screen from the corpus (policy/corpus/corpus.jsonl): per output a logistic regression
 * over hashed features, averaged with a small network's logit; k-fold cross-validated on the train split, thresholds
 * chosen on the validation split (recall first, within a budget of legitimate messages), figures on the test split;
 * writes src/gate/data/screen-model.json. Deterministic (seeded), no download.
 * Usage: npm run gate:train [-- --folds 5] [--writers] [--dry] [--no-mlp] [--split split_situation] [--out FILE] …
 */
import fs from 'node:fs';
import path from 'node:path';
import { createDetector } from '../gate/create-gate';
import { readCorpus, type CorpusItem } from '../gate/learn/corpus';
import { buildDataset, type Dataset } from '../gate/learn/dataset';
import { precision, recall, type Counts } from '../gate/learn/metrics';
import { categoryCounts, chooseThresholds, crossValidate, fit, outOfWriterLegitScores, rowsWhere, type TrainOptions } from '../gate/learn/train';
import { decodeModel, encodeModel, MODEL_FILE, SCREEN_CATEGORIES, SCREEN_OUTPUTS } from '../gate/screen/model-file';
import { augmentBuried } from '../gate/learn/augment';
import { defaultTrainingConfig, type TrainingConfig } from '../gate/learn/config';
import { buryIn, calibrateLongWindows, longLegitTexts } from '../gate/learn/windows';
import { screenedCategories } from '../gate/screen/decide';
import { PURPOSE_CATEGORIES } from '../gate/types';
import type { FeatureConfig } from '../gate/screen/features';
import { ANY_PURPOSE, type Normalisation } from '../gate/screen/model';
import { scoreText } from '../gate/screen/score';
import { LEVEL_CATEGORIES } from '../gate/types';

const argv = process.argv.slice(2);
const has = (f: string): boolean => argv.includes(f);
const num = (f: string, d: number): number => (has(f) ? Number(argv[argv.indexOf(f) + 1]) : d);
const str = (f: string, d: string): string => (has(f) ? argv[argv.indexOf(f) + 1] : d);

// the defaults (learn/config.ts), each overridable for experiments
const base = defaultTrainingConfig({ budget: num('--budget', NaN) || undefined, anyBudget: num('--any-budget', NaN) || undefined, secretBudget: num('--secret-budget', NaN) || undefined, sensitiveBudget: num('--sensitive-budget', NaN) || undefined });
const features: FeatureConfig = { ...base.features, bits: num('--bits', base.features.bits), accented: !has('--no-accented'), bigrams: !has('--no-bigrams'), classes: !has('--no-classes'), signals: !has('--no-signals') };
const normalisation = str('--norm', base.normalisation) as Normalisation;
const m0 = base.train.mlp!;
const opts: TrainOptions = {
  lr: has('--lr') || has('--no-mlp') ? { l2: num('--l2', 1e-6), posWeight: num('--pos-weight', 3), iterations: num('--iterations', 100) } : null,
  mlp: has('--no-mlp') ? null : {
    hidden: num('--hidden', m0.hidden), epochs: num('--epochs', m0.epochs), rate: num('--rate', m0.rate), l2: m0.l2, dropout: num('--dropout', m0.dropout),
    posWeight: num('--mlp-pos-weight', m0.posWeight), seed: num('--seed', m0.seed), members: num('--members', m0.members ?? 1),
  },
  thresholds: { ...base.train.thresholds, recall: num('--recall', base.train.thresholds.recall) },
};
const window = { ...base.window, whole: num('--whole', base.window.whole), tokens: num('--window', base.window.tokens), stride: num('--stride', base.window.stride), small: num('--small', base.window.small), block: num('--block', base.window.block ?? 32) };
const band = num('--band', base.band);
const folds = num('--folds', base.folds);
const long = { ...base.long, small: num('--small-budget', base.long.small), wide: num('--wide-budget', base.long.wide) };
const buriedCount = num('--buried', base.buried);
const config: TrainingConfig = { features, normalisation, train: opts, window, band, folds, long, buried: buriedCount };
const split = str('--split', 'split') as 'split' | 'split_situation';
const started = Date.now();
const log = (s: string): void => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${s}`);

const corpus = readCorpus();
// buried requests and plain long pastes built from the train split (augment.ts); never evaluated
const built = augmentBuried(corpus.filter((it) => it.split === 'train'), { positives: buriedCount, negatives: buriedCount, seed: 11, screened: SCREEN_CATEGORIES });
const items: CorpusItem[] = [...corpus, ...built];
const detect = createDetector();
const ds = buildDataset(items, detect, features, normalisation, SCREEN_OUTPUTS);
log(`${corpus.length} items and ${built.length} built long texts, ${ds.X.idx.length} non-zero features; ${JSON.stringify(features)} norm=${normalisation} ${JSON.stringify(opts)}`);
const inSplit = (s: string) => (i: number): boolean => items[i][split] === s && (s === 'train' || !items[i].sources);
const train = rowsWhere(ds, inSplit('train'));
const validation = rowsWhere(ds, inSplit('validation'));
const test = rowsWhere(ds, inSplit('test'));

const f3 = (x: number): string => x.toFixed(3);
const figures: Record<string, Record<string, { precision: number; recall: number; positives: number }>> = {};
function report(name: string, counts: Map<string, Counts>): void {
  console.log(`\n${name}\n| category | positives | precision | recall | tp | fp | fn |\n|---|---:|---:|---:|---:|---:|---:|`);
  figures[name] = {};
  for (const [c, n] of counts) {
    figures[name][c] = { precision: Number(f3(precision(n))), recall: Number(f3(recall(n))), positives: n.tp + n.fn };
    console.log(`| ${c === ANY_PURPOSE ? 'any forbidden purpose' : c} | ${n.tp + n.fn} | ${f3(precision(n))} | ${f3(recall(n))} | ${n.tp} | ${n.fp} | ${n.fn} |`);
  }
}

/** Scores rows with the decoded (int8) model exactly as the gate does. */
function runtimeScores(d: Dataset, model: ReturnType<typeof decodeModel>, rows: Int32Array): Float64Array[] {
  const out = d.outputs.map(() => new Float64Array(d.X.rows).fill(NaN));
  for (const i of rows) scoreText(model, detect(d.items[i].text)).forEach((s, k) => { out[k][i] = s.logit; });
  return out;
}

if (folds > 1) report('cv', crossValidate(ds, train, validation, folds, opts, log).counts);
const fitted = fit(ds, train, opts);
const trained = {
  features, outputs: [...SCREEN_OUTPUTS], normalisation, window, band,
  lr: fitted.lr ? { weights: fitted.lr.map((m) => m.w), bias: fitted.lr.map((m) => m.b) } : null,
  mlp: fitted.mlp ? { hidden: fitted.mlp.hidden, emb: fitted.mlp.emb, b1: fitted.mlp.b1, w2: fitted.mlp.w2, b2: fitted.mlp.b2 } : null,
  thresholds: SCREEN_OUTPUTS.map(() => 0),
};
const probe = decodeModel(encodeModel(trained, {}));
const scores = runtimeScores(ds, probe, Int32Array.from([...validation, ...test]));
// the budget of level-1 messages flagged is spent on messages of writers the model has not seen (has('--in-writer') reverts to the validation split's own)
const legitScores = has('--in-writer') ? undefined : outOfWriterLegitScores(ds, train, opts, log);
trained.thresholds = chooseThresholds(ds, scores, validation, opts.thresholds, legitScores);
log('final models trained; thresholds chosen on the validation split');
{
  // the windows of long texts: calibrated on long level-1 texts built from the validation split
  const legitMessages = [...validation].filter((i) => items[i].level === 1 && items[i].categories.length === 0).map((i) => items[i].text);
  const legitLong = longLegitTexts(legitMessages, { count: long.texts, minChars: long.minChars, maxChars: long.maxChars, seed: 5 }).map((t) => detect(t));
  const margins = calibrateLongWindows(decodeModel(encodeModel(trained, {})), legitLong, { small: long.small, long: {}, otherwise: long.wide });
  trained.window = { ...trained.window, ...margins };
  const model = decodeModel(encodeModel(trained, {}));
  const purposes = [...test].filter((i) => ds.labels[SCREEN_OUTPUTS.indexOf(ANY_PURPOSE)][i] && items[i].text.length < 600);
  const found = (t: string): boolean => screenedCategories(model.outputs, scoreText(model, detect(t)).map((b, k) => b.logit - model.thresholds[k])).some((c) => (PURPOSE_CATEGORIES as readonly string[]).includes(c));
  const alone = purposes.filter((i) => found(items[i].text));
  const buried = (['start', 'middle', 'end'] as const).map((w) => alone.filter((i) => found(buryIn(items[i].text, w, 20_000))).length);
  console.log(`sentence-sized windows count ${trained.window.smallMargin} less, wide windows ${JSON.stringify(trained.window.longMargins)}; test-split requests found alone ${alone.length}/${purposes.length}, of those still found in 20 KB of minutes at the start / middle / end: ${buried.map((b) => `${b}/${alone.length}`).join(' / ')}; minutes alone flagged: ${found(buryIn('', 'end', 120_000))}`);
}
{
  // threshold-free view of the "any forbidden purpose" output on validation + test: recall at a given share of level-1 messages flagged
  const k = SCREEN_OUTPUTS.indexOf(ANY_PURPOSE);
  const rows = [...validation, ...test];
  const legit = rows.filter((i) => items[i].level === 1 && items[i].categories.length === 0).map((i) => scores[k][i]).sort((a, b) => b - a);
  const pos = rows.filter((i) => ds.labels[k][i]);
  console.log(`any purpose, held-out recall at level-1 flagged 1% / 2% / 5%: ${[0.01, 0.02, 0.05].map((q) => f3(pos.filter((i) => scores[k][i] > legit[Math.floor(q * legit.length)]).length / pos.length)).join(' / ')}`);
}
report('validation', categoryCounts(ds, scores, trained.thresholds, validation));
report('test', categoryCounts(ds, scores, trained.thresholds, test));

if (has('--writers')) {
  console.log('\nleave one writer out (recall of the writer\'s positives for categories other writers also wrote; level-1 messages flagged)');
  for (const w of [...new Set(items.map((it: CorpusItem) => it.writer))].sort()) {
    const writerOf = new Map(corpus.map((it) => [it.id, it.writer]));
    const tr = rowsWhere(ds, (i) => items[i].split === 'train' && (items[i].sources ?? [items[i].id]).every((id) => writerOf.get(id) !== w));
    const va = rowsWhere(ds, (i) => items[i].split === 'validation' && items[i].writer !== w);
    const held = rowsWhere(ds, (i) => items[i].writer === w && !items[i].sources);
    const f = fit(ds, tr, opts);
    const s = runtimeScores(ds, decodeModel(encodeModel({ ...trained, lr: f.lr ? { weights: f.lr.map((m) => m.w), bias: f.lr.map((m) => m.b) } : null, mlp: f.mlp ? { ...f.mlp } : null }, {})), Int32Array.from([...va, ...held]));
    const t = chooseThresholds(ds, s, va, opts.thresholds);
    const counts = categoryCounts(ds, s, t, held);
    const parts = [...counts].filter(([c, n]) => n.tp + n.fn >= 5 && [...tr].filter((i) => ds.labels[ds.outputs.indexOf(c)]?.[i]).length >= 20).map(([c, n]) => `${c === ANY_PURPOSE ? 'any purpose' : c} ${n.tp}/${n.tp + n.fn}`);
    const legit = [...held].filter((i) => items[i].level === 1 && items[i].categories.length === 0);
    const flagged = legit.filter((i) => ds.outputs.some((o, k) => (o === ANY_PURPOSE || o === 'personal_sensitive' || (LEVEL_CATEGORIES[2] as readonly string[]).includes(o)) && s[k][i] >= t[k])).length;
    console.log(`  ${w}: ${parts.join(', ') || '(no category shared with the other writers)'}; level-1 flagged ${flagged}/${legit.length}`);
  }
}

if (!has('--dry')) {
  const file = encodeModel(trained, { corpus: { items: corpus.length, built: built.length, train: train.length, validation: validation.length, test: test.length, split }, training: config, figures });
  const out = path.resolve(str('--out', MODEL_FILE));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(file)}\n`);
  log(`wrote ${path.relative(process.cwd(), out)} (${(fs.statSync(out).size / 1e6).toFixed(2)} MB)`);
}
