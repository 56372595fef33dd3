import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadRerankerModel, rerankScore } from '../../../src/knowledge/search/reranker-model';
import { FEATURE_NAMES } from '../../../src/knowledge/search/rerank-features';

describe('the re-ranker model', () => {
  it('is the committed one by default, over the current feature set, and scores candidates differently', () => {
    const m = loadRerankerModel();
    expect(m?.features).toEqual([...FEATURE_NAMES]);
    const zero = FEATURE_NAMES.map(() => 0);
    const strong = FEATURE_NAMES.map(() => 1);
    expect(rerankScore(m!, strong)).not.toBe(rerankScore(m!, zero));
  });

  it('comes from a given file (linear weights of the first format, or trees), and is absent when that file does not exist', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rerank-'));
    const linear = path.join(dir, 'w.json');
    fs.writeFileSync(linear, JSON.stringify({ features: ['a'], weights: [2], bias: -1 }));
    expect(loadRerankerModel(linear)).toEqual({ kind: 'linear', features: ['a'], weights: [2], bias: -1 });
    const trees = path.join(dir, 't.json');
    const tree = { feature: [0, -1, -1], threshold: [0.5, 0, 0], left: [1, -1, -1], right: [2, -1, -1], value: [0, -1, 3] };
    fs.writeFileSync(trees, JSON.stringify({ kind: 'trees', features: ['a'], trees: [tree, tree] }));
    const m = loadRerankerModel(trees)!;
    expect(rerankScore(m, [0.2])).toBe(-2);
    expect(rerankScore(m, [0.9])).toBe(6);
    expect(loadRerankerModel(path.join(dir, 'missing.json'))).toBeUndefined();
  });
});
