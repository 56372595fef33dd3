import type { Category } from '../types';
import type { Dataset } from './dataset';
import { scoreRow, trainLogistic, type Linear, type LogisticOptions } from './logistic';
import { chooseThreshold, countAt, type Counts } from './metrics';
import { unitHash } from './near-duplicates';

/** Training options shared by every category. */
export interface TrainOptions extends Omit<LogisticOptions, 'rows'> {
  /** Recall the threshold must keep on the validation rows, per category (default for the others). */
  recall: Partial<Record<Category, number>> & { default: number };
}

/** One classifier per category with its threshold. */
export interface Trained { models: Linear[]; thresholds: number[] }

/** Scores of every row for one classifier. */
export function scoreAll(ds: Dataset, m: Linear): Float64Array {
  const out = new Float64Array(ds.X.rows);
  for (let i = 0; i < ds.X.rows; i++) out[i] = scoreRow(ds.X, i, m);
  return out;
}

/** Trains every category on `train` rows and chooses its threshold on `validation` rows. */
export function trainAll(ds: Dataset, train: Int32Array, validation: Int32Array, opts: TrainOptions, log?: (s: string) => void): Trained & { scores: Float64Array[] } {
  const models: Linear[] = [];
  const thresholds: number[] = [];
  const scores: Float64Array[] = [];
  ds.categories.forEach((c, k) => {
    const t0 = Date.now();
    const m = trainLogistic(ds.X, ds.labels[k], { ...opts, rows: train });
    const s = scoreAll(ds, m);
    models.push(m);
    scores.push(s);
    thresholds.push(chooseThreshold(s, ds.labels[k], validation, opts.recall[c] ?? opts.recall.default));
    log?.(`  ${c}: ${Date.now() - t0} ms`);
  });
  return { models, thresholds, scores };
}

/** Rows of the dataset matching a predicate. */
export function rowsWhere(ds: Dataset, pred: (i: number) => boolean): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < ds.X.rows; i++) if (pred(i)) out.push(i);
  return Int32Array.from(out);
}

/**
 * k-fold cross-validation over the train rows, folds drawn by near-duplicate group: each fold's models are
 * trained on the other folds, their thresholds chosen on the validation rows, and scored on the held-out fold.
 * Returns the pooled out-of-fold counts per category.
 */
export function crossValidate(ds: Dataset, train: Int32Array, validation: Int32Array, folds: number, opts: TrainOptions, log?: (s: string) => void): { counts: Counts[]; oof: Float64Array[] } {
  const foldOf = (i: number): number => Math.floor(unitHash(`fold:${ds.items[i].group}`) * folds);
  const pooled: Counts[] = ds.categories.map(() => ({ tp: 0, fp: 0, fn: 0, tn: 0 }));
  // out-of-fold margins (score − that fold's threshold), comparable across folds
  const oof = ds.categories.map(() => new Float64Array(ds.X.rows).fill(NaN));
  for (let f = 0; f < folds; f++) {
    const inFold = Int32Array.from([...train].filter((i) => foldOf(i) === f));
    const rest = Int32Array.from([...train].filter((i) => foldOf(i) !== f));
    const t = trainAll(ds, rest, validation, opts);
    ds.categories.forEach((_, k) => {
      const c = countAt(t.scores[k], ds.labels[k], inFold, t.thresholds[k]);
      for (const i of inFold) oof[k][i] = t.scores[k][i] - t.thresholds[k];
      pooled[k].tp += c.tp; pooled[k].fp += c.fp; pooled[k].fn += c.fn; pooled[k].tn += c.tn;
    });
    log?.(`fold ${f + 1}/${folds} done`);
  }
  return { counts: pooled, oof };
}
