import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Reranker } from './rerank';
import { candidateFeatures, FEATURE_NAMES } from './rerank-features';
import type { SemanticScorer } from './semantic-score';
import { scoreEnsemble } from './tree-ensemble';
import committedWeights from '../data/reranker.json';

const treeSchema = z.object({ feature: z.array(z.number()), threshold: z.array(z.number()), left: z.array(z.number()), right: z.array(z.number()), value: z.array(z.number()) });
const modelSchema = z.union([
  z.object({ kind: z.literal('trees'), features: z.array(z.string()), trees: z.array(treeSchema) }),
  // Linear weights (the first re-ranker's format has no kind).
  z.object({ kind: z.literal('linear').default('linear'), features: z.array(z.string()), weights: z.array(z.number()), bias: z.number() }),
]);

/** The re-ranker's model: boosted trees (LambdaMART) or logistic weights over the candidate features (npm run retrieval:train). */
export type RerankerModel = z.infer<typeof modelSchema>;

/** Where the committed model lives (the training writes here; the build ships it through the import below). */
export const RERANKER_FILE = path.join(__dirname, '..', 'data', 'reranker.json');

/** The model's score of one candidate's features (higher is better). */
export function rerankScore(model: RerankerModel, x: number[]): number {
  if (model.kind === 'trees') return scoreEnsemble(model, x);
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++) z += model.weights[j] * x[j];
  return z;
}

/** Creates a re-ranker: candidates ordered by the model's score; its logistic is the hit's confidence. */
export function createReranker(model: RerankerModel, idf: (row: number) => number, semantic?: SemanticScorer): Reranker {
  if (model.features.join() !== FEATURE_NAMES.join()) throw new Error('Re-ranker model does not match the feature set');
  return {
    rerank(data, prepared) {
      const feats = candidateFeatures(data, prepared, idf, semantic);
      return prepared.pool.hits
        .map((h, i) => {
          const z = rerankScore(model, feats[i]);
          return { doc: h.doc, score: z, confidence: 1 / (1 + Math.exp(-z)), features: feats[i] };
        })
        .sort((a, b) => b.score - a.score || a.doc - b.doc);
    },
  };
}

/**
 * The re-ranker model: the committed one (imported, so `tsc` copies it into dist/ and the built service cannot
 * silently run without it), or that of `file` (undefined when it does not exist).
 */
export function loadRerankerModel(file?: string): RerankerModel | undefined {
  if (file === undefined) return modelSchema.parse(committedWeights);
  if (!fs.existsSync(file)) return undefined;
  return modelSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}
