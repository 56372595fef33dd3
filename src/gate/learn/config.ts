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
  /**
   * The windows of long texts are calibrated (learn/windows.ts) on `texts` long level-1 texts of `minChars`–`maxChars`
   * built from the validation split: of those, the share the sentence-sized windows may flag for a forbidden purpose
   * (`small`), and the share the wide windows may flag for each other output (`wide`).
   */
  long: { texts: number; minChars: number; maxChars: number; small: number; wide: number };
  /** Built long texts (augment.ts) added to training: buried requests and as many plain pastes; 0 turns it off. */
  buried: number;
}

/** The configuration the committed model was trained with (each value chosen with the figures in BENCHMARKS.md). */
export function defaultTrainingConfig(o: { budget?: number; anyBudget?: number; secretBudget?: number; sensitiveBudget?: number } = {}): TrainingConfig {
  const budget = o.budget ?? 0.002;
  return {
    features: { bits: 16, accented: true, bigrams: true, classes: true, signals: true },
    normalisation: 'none',
    train: {
      lr: null,
      mlp: { hidden: 16, epochs: 20, rate: 0.05, l2: 0, dropout: 0.2, posWeight: 2, seed: 7, members: 2 },
      thresholds: {
        recall: 0.95,
        // outputs that block or redact a message on their own get a budget of the messages they would harm (train.ts,
        // isProtected: not labelled with the output and not blocked anyway) that they may flag
        legitBudget: {
          [ANY_PURPOSE]: o.anyBudget ?? 0.015, personal_sensitive: o.sensitiveBudget ?? 0.005, secret_marking: o.secretBudget ?? 0.005,
          ...Object.fromEntries(LEVEL_CATEGORIES[2].map((c) => [c, budget])),
        },
      },
    },
    // whole: the longest corpus texts (~350 syllables); counts are not normalised, so a longer stretch is read in windows
    window: { whole: 384, tokens: 1024, stride: 512, small: 96, block: 32, smallMargin: 0 },
    band: 1.5,
    folds: 5,
    long: { texts: 200, minChars: 2000, maxChars: 20000, small: 0.3, wide: 0.02 },
    buried: 0,
  };
}
