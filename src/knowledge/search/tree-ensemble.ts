// Boosted regression trees as data (trained by src/knowledge/train/gbdt.ts), and their score.

/** One tree as flat arrays: node i splits on feature[i] at threshold[i] (go left when value ≤ threshold); leaves have feature -1. */
export interface Tree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

/** A trained ensemble: the score of a candidate is the sum of its leaf values. */
export interface Ensemble {
  features: string[];
  trees: Tree[];
}

/** The score of one feature vector. */
export function scoreEnsemble(model: Ensemble, x: number[]): number {
  let s = 0;
  for (const t of model.trees) {
    let i = 0;
    while (t.feature[i] >= 0) i = x[t.feature[i]] <= t.threshold[i] ? t.left[i] : t.right[i];
    s += t.value[i];
  }
  return s;
}

