import fs from 'node:fs';
import { createDetector } from '../../../src/gate/create-gate';
import type { TrainingConfig } from '../../../src/gate/learn/config';
import { readCorpus } from '../../../src/gate/learn/corpus';
import { buildDataset } from '../../../src/gate/learn/dataset';
import { precision, recall } from '../../../src/gate/learn/metrics';
import { crossValidate, rowsWhere } from '../../../src/gate/learn/train';
import { MODEL_FILE, SCREEN_OUTPUTS } from '../../../src/gate/screen/model-file';

// Recomputes the k-fold cross-validation `npm run gate:train` recorded in the committed model file, with the same
// configuration and corpus (training is deterministic), and fails when any category's precision or recall falls
// below the recorded figure (0.02 of slack for a change of machine). Takes a minute or two.
const file = JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8')) as {
  training: TrainingConfig;
  figures: { cv: Record<string, { precision: number; recall: number; positives: number }> };
};
const SLACK = 0.02;

test('cross-validated precision and recall of every category hold the recorded figures', () => {
  const cfg = file.training;
  const items = readCorpus();
  const ds = buildDataset(items, createDetector(), cfg.features, cfg.normalisation, SCREEN_OUTPUTS);
  const train = rowsWhere(ds, (i) => items[i].split === 'train');
  const validation = rowsWhere(ds, (i) => items[i].split === 'validation');
  const { counts } = crossValidate(ds, train, validation, cfg.folds, cfg.train);
  const below: string[] = [];
  for (const [c, rec] of Object.entries(file.figures.cv)) {
    const n = counts.get(c);
    if (!n) { below.push(`${c}: not scored`); continue; }
    if (recall(n) < rec.recall - SLACK) below.push(`${c}: recall ${recall(n).toFixed(3)} < ${rec.recall}`);
    if (precision(n) < rec.precision - SLACK) below.push(`${c}: precision ${precision(n).toFixed(3)} < ${rec.precision}`);
  }
  expect(below).toEqual([]);
}, 900_000);
