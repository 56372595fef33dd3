import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadRerankerWeights } from '../../../src/knowledge/search/linear-reranker';
import { FEATURE_NAMES } from '../../../src/knowledge/search/rerank-features';

describe('re-ranker weights', () => {
  it('are the committed ones by default, one weight per feature (the build ships them through an import)', () => {
    const w = loadRerankerWeights();
    expect(w?.features).toEqual([...FEATURE_NAMES]);
    expect(w?.weights).toHaveLength(FEATURE_NAMES.length);
    expect(w?.weights.some((x) => x !== 0)).toBe(true);
  });

  it('come from a given file when one is named, and are absent when that file does not exist', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rerank-'));
    const file = path.join(dir, 'w.json');
    fs.writeFileSync(file, JSON.stringify({ features: ['a'], weights: [2], bias: -1 }));
    expect(loadRerankerWeights(file)).toEqual({ features: ['a'], weights: [2], bias: -1 });
    expect(loadRerankerWeights(path.join(dir, 'missing.json'))).toBeUndefined();
  });
});
