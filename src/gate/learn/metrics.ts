/** Precision, recall and counts of one category at one threshold. */
export interface Counts { tp: number; fp: number; fn: number; tn: number }

/** Counts of predictions (score ≥ threshold) against labels over the given rows. */
export function countAt(scores: ArrayLike<number>, labels: Uint8Array, rows: ArrayLike<number>, threshold: number): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const p = scores[i] >= threshold;
    if (labels[i]) { if (p) c.tp++; else c.fn++; } else if (p) c.fp++; else c.tn++;
  }
  return c;
}

export const precision = (c: Counts): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts): number => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

/**
 * Recall first, then precision: the highest threshold that keeps at least `target` of the positives,
 * placed halfway to the nearest negative below it (at most `margin` lower) so it does not sit on a training point.
 */
export function chooseThreshold(scores: ArrayLike<number>, labels: Uint8Array, rows: ArrayLike<number>, target: number, margin = 1): number {
  const pos: number[] = [];
  const neg: number[] = [];
  for (let r = 0; r < rows.length; r++) { const i = rows[r]; (labels[i] ? pos : neg).push(scores[i]); }
  if (pos.length === 0) return Infinity;
  pos.sort((a, b) => b - a);
  const keep = Math.max(1, Math.ceil(target * pos.length));
  const t = pos[keep - 1];
  let below = t - margin;
  for (const v of neg) if (v < t && v > below) below = v;
  return (t + below) / 2;
}

/** Average precision (area under the precision-recall curve) of scores over the given rows. */
export function averagePrecision(scores: ArrayLike<number>, labels: Uint8Array, rows: ArrayLike<number>): number {
  const r = Array.from(rows, (i) => i).sort((a, b) => scores[b] - scores[a]);
  let tp = 0; let seen = 0; let sum = 0;
  const total = r.filter((i) => labels[i]).length;
  for (const i of r) { seen++; if (labels[i]) { tp++; sum += tp / seen; } }
  return total ? sum / total : 1;
}

/** The best F1 over all thresholds (a threshold-free view of ranking quality). */
export function bestF1(scores: ArrayLike<number>, labels: Uint8Array, rows: ArrayLike<number>): number {
  const r = Array.from(rows, (i) => i).sort((a, b) => scores[b] - scores[a]);
  const total = r.filter((i) => labels[i]).length;
  let tp = 0; let best = 0;
  r.forEach((i, n) => { if (labels[i]) tp++; best = Math.max(best, (2 * tp) / (n + 1 + total)); });
  return best;
}
