import { screenedCategories } from '../screen/decide';
import { ANY_PURPOSE } from '../screen/model';
import { LEVEL_CATEGORIES, PURPOSE_CATEGORIES, type Category } from '../types';
import type { Dataset } from './dataset';
import { scoreRow, trainLogistic, type Linear } from './logistic';
import { chooseThreshold, type Counts } from './metrics';
import { mergeMlps, mlpScores, trainMlp, type Mlp, type MlpOptions } from './mlp';
import { unitHash } from './near-duplicates';

/** How thresholds are chosen on the validation rows: recall first, within a budget of legitimate messages flagged. */
export interface ThresholdPolicy {
  /** Recall each output's threshold keeps on the validation positives. */
  recall: number;
  /** Most validation level-1 messages an output may flag (fraction), for the outputs that block or redact them. */
  legitBudget: Partial<Record<string, number>>;
}

/** Everything training needs. */
export interface TrainOptions {
  lr: { l2: number; posWeight: number; iterations: number } | null;
  mlp: MlpOptions | null;
  thresholds: ThresholdPolicy;
}

/** The trained models of every output. */
export interface Fitted { lr: Linear[] | null; mlp: Mlp | null }

/** Trains the network (all outputs at once) and, when asked, one logistic regression per output on `rows`. */
export function fit(ds: Dataset, rows: Int32Array, o: TrainOptions): Fitted {
  const lr = o.lr ? ds.outputs.map((_, k) => trainLogistic(ds.X, ds.labels[k], { ...o.lr!, rows })) : null;
  const nets = o.mlp ? Array.from({ length: o.mlp.members ?? 1 }, (_, m) => trainMlp(ds.X, ds.labels, rows, { ...o.mlp!, seed: o.mlp!.seed + m })) : [];
  return { lr, mlp: nets.length ? mergeMlps(nets) : null };
}

/** Logits of every output for `rows` (the average of the regression's and the network's); NaN elsewhere. */
export function scoreRows(ds: Dataset, f: Fitted, rows: ArrayLike<number>): Float64Array[] {
  const out = ds.outputs.map(() => new Float64Array(ds.X.rows).fill(NaN));
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const m = f.mlp ? mlpScores(f.mlp, ds.X, i) : null;
    ds.outputs.forEach((_, k) => { const z = f.lr ? scoreRow(ds.X, i, f.lr[k]) : NaN; out[k][i] = m && f.lr ? (z + m[k]) / 2 : m ? m[k] : z; });
  }
  return out;
}

const isLegit = (ds: Dataset, i: number): boolean => ds.items[i].level === 1 && ds.items[i].categories.length === 0;
// the outputs whose budget also covers the messages with a name, a contact or an identifier (see isProtected)
const WIDE_BUDGET = new Set<string>(['personal_sensitive', ...LEVEL_CATEGORIES[2]]);

/**
 * The messages an output's false positives would harm: level-1 messages; and for a sensitive fact or level-2 content
 * also every message not labelled with it that is not blocked anyway (names, contacts, identifiers), where reading one
 * into it turns a redaction into a block — a fresh writer's named people are where those outputs erred.
 */
const isProtected = (ds: Dataset, i: number, k: number): boolean =>
  WIDE_BUDGET.has(ds.outputs[k]) ? ds.items[i].external !== 'block' && ds.labels[k][i] === 0 : isLegit(ds, i);

/**
 * Per output: the highest threshold keeping the recall target on the validation positives, raised if needed so that
 * at most the budgeted share of the messages it would harm (isProtected) is flagged. Their scores are `legitScores`
 * when given (scores of each writer's messages by a model trained without that writer: the shift a new writer
 * brings), else the validation rows' own.
 */
export function chooseThresholds(ds: Dataset, scores: Float64Array[], validation: Int32Array, p: ThresholdPolicy, legitScores?: number[][]): number[] {
  return ds.outputs.map((o, k) => {
    const t = chooseThreshold(scores[k], ds.labels[k], validation, p.recall);
    const budget = p.legitBudget[o];
    const sorted = (legitScores ? [...legitScores[k]] : [...validation].filter((i) => isProtected(ds, i, k)).map((i) => scores[k][i])).sort((a, b) => b - a);
    if (budget === undefined || sorted.length === 0) return t;
    const allowed = Math.floor(budget * sorted.length);
    // the lowest threshold that flags at most `allowed` of them: just above the (allowed + 1)-th highest score
    const floor = allowed < sorted.length ? sorted[allowed] + 1e-6 : -Infinity;
    return Math.max(t, floor);
  });
}

/**
 * The messages of each writer that an output's false positive would harm (isProtected), scored by models trained
 * without that writer (on the train rows of the others): per output, the scores of every such message in the corpus.
 */
export function outOfWriterLegitScores(ds: Dataset, train: Int32Array, o: TrainOptions, log?: (s: string) => void): number[][] {
  const out: number[][] = ds.outputs.map(() => []);
  for (const w of [...new Set(ds.items.map((it) => it.writer))].sort()) {
    const writerOf = new Map(ds.items.map((it) => [it.id, it.writer]));
    const rows = Int32Array.from([...train].filter((i) => (ds.items[i].sources ?? [ds.items[i].id]).every((id) => writerOf.get(id) !== w)));
    const mine = ds.items.map((_, i) => i).filter((i) => ds.items[i].writer === w && !ds.items[i].sources && ds.items[i].external !== 'block');
    if (mine.length === 0) continue;
    const s = scoreRows(ds, fit(ds, rows, o), mine);
    ds.outputs.forEach((_, k) => { for (const i of mine) if (isProtected(ds, i, k)) out[k].push(s[k][i]); });
    log?.(`writer ${w} held out: ${mine.length} messages not blocked scored`);
  }
  return out;
}

/** Rows of the dataset matching a predicate. */
export function rowsWhere(ds: Dataset, pred: (i: number) => boolean): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < ds.X.rows; i++) if (pred(i)) out.push(i);
  return Int32Array.from(out);
}

/** Categories found per row from scores and thresholds, with the screen's rule for purposes. */
export function foundCategories(ds: Dataset, scores: Float64Array[], thresholds: number[], i: number): Category[] {
  return screenedCategories(ds.outputs, ds.outputs.map((_, k) => scores[k][i] - thresholds[k]), ds.outputs.map((_, k) => scores[k][i]));
}

/** Per category counts of found vs labelled over rows, plus "any forbidden purpose" as found by the screen. */
export function categoryCounts(ds: Dataset, scores: Float64Array[], thresholds: number[], rows: ArrayLike<number>): Map<string, Counts> {
  const cats = ds.outputs.filter((o) => o !== ANY_PURPOSE);
  const counts = new Map<string, Counts>([...cats, ANY_PURPOSE].map((c) => [c, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
  const purposes = new Set<string>(cats.filter((c) => (PURPOSE_CATEGORIES as readonly string[]).includes(c)));
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const found = new Set<string>(foundCategories(ds, scores, thresholds, i));
    if ([...found].some((c) => purposes.has(c))) found.add(ANY_PURPOSE);
    for (const [c, n] of counts) {
      const gold = c === ANY_PURPOSE ? ds.labels[ds.outputs.indexOf(ANY_PURPOSE)][i] === 1 : ds.items[i].categories.includes(c as Category);
      const got = found.has(c);
      if (gold && got) n.tp++; else if (gold) n.fn++; else if (got) n.fp++; else n.tn++;
    }
  }
  return counts;
}

/**
 * k-fold cross-validation over the train rows, folds drawn by near-duplicate group: each fold's models are trained
 * on the other folds, their thresholds chosen on the validation rows, and the held-out fold scored. Returns the
 * pooled counts per category and the out-of-fold margins per output.
 */
export function crossValidate(ds: Dataset, train: Int32Array, validation: Int32Array, folds: number, o: TrainOptions, log?: (s: string) => void): { counts: Map<string, Counts>; margins: Float64Array[] } {
  const foldOf = (i: number): number => Math.floor(unitHash(`fold:${ds.items[i].group}`) * folds);
  const groupOf = new Map(ds.items.map((it) => [it.id, it.group]));
  const foldsOf = (i: number): Set<number> => new Set((ds.items[i].sources ?? [ds.items[i].id]).map((id) => Math.floor(unitHash(`fold:${groupOf.get(id)}`) * folds)));
  const margins = ds.outputs.map(() => new Float64Array(ds.X.rows).fill(NaN));
  const real = [...train].filter((i) => !ds.items[i].sources);
  for (let f = 0; f < folds; f++) {
    const held = Int32Array.from(real.filter((i) => foldOf(i) === f));
    // a built text is left out of training when any message it contains is held out
    const rest = Int32Array.from([...train].filter((i) => !foldsOf(i).has(f)));
    const fitted = fit(ds, rest, o);
    const s = scoreRows(ds, fitted, [...held, ...validation]);
    const t = chooseThresholds(ds, s, validation, o.thresholds);
    for (const i of held) ds.outputs.forEach((_, k) => { margins[k][i] = s[k][i] - t[k]; });
    log?.(`fold ${f + 1}/${folds} done`);
  }
  const zero = ds.outputs.map(() => 0);
  return { counts: categoryCounts(ds, margins, zero, real), margins };
}
