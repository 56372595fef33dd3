import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Reranker } from './rerank';
import { candidateFeatures, FEATURE_NAMES } from './rerank-features';
import type { SemanticScorer } from './semantic-score';
import committedWeights from '../data/reranker.json';

const weightsSchema = z.object({
  features: z.array(z.string()),
  weights: z.array(z.number()),
  bias: z.number(),
});

/** Logistic-regression weights over the lexical features (trained by bench/retrieval/train-reranker.ts). */
export type RerankerWeights = z.infer<typeof weightsSchema>;

/** Where the committed weights live (the training script writes here; the build ships them through the import below). */
export const RERANKER_FILE = path.join(__dirname, '..', 'data', 'reranker.json');

/** Creates a re-ranker: candidates ordered by the model's probability, which is also the hit's confidence. */
export function createLinearReranker(model: RerankerWeights, idf: (row: number) => number, semantic?: SemanticScorer): Reranker {
  if (model.features.join() !== FEATURE_NAMES.join()) throw new Error('Re-ranker weights do not match the feature set');
  return {
    rerank(data, prepared) {
      const feats = candidateFeatures(data, prepared, idf, semantic);
      return prepared.pool.hits
        .map((h, i) => {
          let z = model.bias;
          for (let j = 0; j < model.weights.length; j++) z += model.weights[j] * feats[i][j];
          return { doc: h.doc, score: z, confidence: 1 / (1 + Math.exp(-z)) };
        })
        .sort((a, b) => b.score - a.score || a.doc - b.doc);
    },
  };
}

/**
 * The re-ranker weights: the committed ones (imported, so `tsc` copies them into dist/ and the built service
 * cannot silently run without them), or those of `file` (undefined when it does not exist).
 */
export function loadRerankerWeights(file?: string): RerankerWeights | undefined {
  if (file === undefined) return weightsSchema.parse(committedWeights);
  if (!fs.existsSync(file)) return undefined;
  return weightsSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}
