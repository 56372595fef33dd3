import { topRows } from '../../../src/knowledge/search/top-rows';

/** The reference: every document sorted by score descending, then document ascending, cut at `limit`. */
function naive(docs: number[], scores: Float32Array, limit: number): number[] {
  return [...docs].sort((a, b) => scores[b] - scores[a] || a - b).slice(0, limit);
}

describe('topRows', () => {
  it('keeps the best documents by score, ties broken by the lower document, on random inputs with many ties', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(rand() * 3000);
      const scores = new Float32Array(n);
      // Few distinct values in some rounds (many ties), continuous values in others.
      const levels = round % 3 === 0 ? 5 : 0;
      for (let d = 0; d < n; d++) scores[d] = levels ? 1 + Math.floor(rand() * levels) : rand() * 10;
      const order = Array.from({ length: n }, (_, i) => i).sort(() => rand() - 0.5);
      const docs = Uint32Array.from(order);
      const limit = Math.floor(rand() * 500);
      expect(topRows(docs, n, scores, limit, new Float32Array(n))).toEqual(naive(order, scores, limit));
    }
  });

  it('returns everything, sorted, when there are fewer documents than the limit', () => {
    const scores = Float32Array.from([0.5, 2, 2, 1]);
    expect(topRows(Uint32Array.from([3, 2, 1, 0]), 4, scores, 10, new Float32Array(4))).toEqual([1, 2, 3, 0]);
    expect(topRows(Uint32Array.from([3, 2]), 0, scores, 10, new Float32Array(4))).toEqual([]);
  });
});
