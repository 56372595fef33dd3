import type { FeatureConfig } from '../screen/features';
import { ANY_PURPOSE, type Normalisation, type ScreenModel } from '../screen/model';
import { LEVEL_CATEGORIES } from '../types';
import type { TrainOptions } from './train';

/** Everything `npm run gate:train` needs besides the corpus; recorded in the model file so its figures can be recomputed. */
export interface TrainingConfig {
  features: FeatureConfig;
  normalisation: Normalisation;
  train: TrainOptions;
  window: ScreenModel['window'];
  band: number;
  folds: number;
  /** Share of level-1 messages whose best sentence-sized window may pass the threshold (sets window.smallMargin). */
  smallBudget: number;
  /** Built long texts (augment.ts) added to training: buried requests and as many plain pastes; 0 turns it off. */
  buried: number;
}

/** The configuration the committed model was trained with (each value chosen with the figures in BENCHMARKS.md). */
export function defaultTrainingConfig(o: { budget?: number; anyBudget?: number; secretBudget?: number } = {}): TrainingConfig {
  const budget = o.budget ?? 0.002;
  return {
    features: { bits: 16, accented: true, bigrams: true, classes: true, signals: true },
    normalisation: 'none',
    train: {
      lr: null,
      mlp: { hidden: 16, epochs: 20, rate: 0.05, l2: 0, dropout: 0.2, posWeight: 2, seed: 7, members: 2 },
      thresholds: {
        recall: 0.95,
        // outputs that block or redact a message on their own get a budget of level-1 messages they may flag
        legitBudget: {
          [ANY_PURPOSE]: o.anyBudget ?? 0.015, personal_sensitive: budget, secret_marking: o.secretBudget ?? 0.005,
          ...Object.fromEntries(LEVEL_CATEGORIES[2].map((c) => [c, budget])),
        },
      },
    },
    window: { tokens: 1024, stride: 512, whole: 1024, small: 192, smallMargin: 0 },
    band: 1.5,
    folds: 5,
    smallBudget: 0.03,
    buried: 0,
  };
}
