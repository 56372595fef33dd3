import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createIndexBuilder } from '../../../src/knowledge/index/build-index';
import { buildSemantic, DEFAULT_SEMANTIC } from '../../../src/knowledge/index/semantic';
import { orthonormalizeRows, symmetricEigen } from '../../../src/knowledge/index/semantic-linalg';
import { readIndexFile, writeIndexFile } from '../../../src/knowledge/index/index-file';
import { analyseQuestion } from '../../../src/knowledge/search/analyse-question';
import { queryTerms } from '../../../src/knowledge/search/query-terms';
import { createSemanticScorer } from '../../../src/knowledge/search/semantic-score';
import type { Article } from '../../../src/knowledge/types';

const doc = { id: 'd', ten: 'Bộ luật thử' };
const article = (i: number, title: string, text: string): Article => ({ id: `a${i}`, number: String(i), title, text, clauses: [], document: doc });

// Two themes whose articles share words with each other but not across themes.
const DEPOSIT = ['đặt cọc tiền cọc bên nhận cọc', 'tiền cọc phạt cọc bên đặt cọc', 'bên nhận cọc trả lại tiền cọc', 'phạt cọc khi từ chối giao kết'];
const LABOUR = ['người lao động tiền lương hợp đồng lao động', 'tiền lương làm thêm giờ người lao động', 'hợp đồng lao động chấm dứt trợ cấp', 'trợ cấp thôi việc người lao động'];

function smallIndex() {
  const b = createIndexBuilder();
  let i = 0;
  for (let rep = 0; rep < 3; rep++) {
    for (const t of DEPOSIT) b.add(article(i++, 'Đặt cọc', t));
    for (const t of LABOUR) b.add(article(i++, 'Tiền lương', t));
  }
  return b.finish();
}

describe('semantic linear algebra', () => {
  it('orthonormalizes the columns of a tall matrix', () => {
    const rows = 50;
    const l = 4;
    const y = Float64Array.from({ length: rows * l }, (_, k) => Math.sin(k * 1.7) + (k % l));
    orthonormalizeRows(y, rows, l);
    for (let a = 0; a < l; a++) {
      for (let b = 0; b < l; b++) {
        let s = 0;
        for (let r = 0; r < rows; r++) s += y[r * l + a] * y[r * l + b];
        expect(s).toBeCloseTo(a === b ? 1 : 0, 6);
      }
    }
  });

  it('finds the eigenvalues of a symmetric matrix', () => {
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    expect([...values].sort()).toEqual([expect.closeTo(1, 8), expect.closeTo(3, 8)]);
    const top = values[0] > values[1] ? 0 : 1;
    expect(Math.abs(vectors[top])).toBeCloseTo(Math.SQRT1_2, 8);
  });
});

describe('semantic vectors learned from the corpus', () => {
  it('puts articles of the same theme closer to a question than articles of another theme', () => {
    const data = smallIndex();
    data.semantic = buildSemantic(data, { ...DEFAULT_SEMANTIC, dims: 2, oversample: 2, minDf: 2, maxDfRatio: 0.6 });
    const scorer = createSemanticScorer(data);
    const qv = scorer?.queryVector(queryTerms(analyseQuestion('bị phạt cọc thì sao')).terms);
    expect(qv).toBeDefined();
    if (!scorer || !qv) return;
    const deposit = scorer.cosine(qv, 0);
    const labour = scorer.cosine(qv, DEPOSIT.length);
    expect(deposit).toBeGreaterThan(labour + 0.3);
    // Typed without diacritics, the question lands in the same place.
    const plain = scorer.queryVector(queryTerms(analyseQuestion('bi phat coc thi sao')).terms);
    expect(plain && scorer.cosine(plain, 0)).toBeGreaterThan(plain ? scorer.cosine(plain, DEPOSIT.length) + 0.3 : 0);
  });

  it('survives a round trip through the index file', () => {
    const data = smallIndex();
    data.semantic = buildSemantic(data, { ...DEFAULT_SEMANTIC, dims: 2, oversample: 2, minDf: 2, maxDfRatio: 0.6 });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kb-sem-')), 'i.idx');
    writeIndexFile(file, data, {});
    const back = readIndexFile(file).data.semantic;
    expect(back?.dims).toBe(data.semantic?.dims);
    expect(Array.from(back?.docVecs ?? [])).toEqual(Array.from(data.semantic?.docVecs ?? []));
    expect(Array.from(back?.titleVecs ?? [])).toEqual(Array.from(data.semantic?.titleVecs ?? []));
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('gives no vectors to a collection too small to learn from', () => {
    const b = createIndexBuilder();
    b.add(article(0, 'Một', 'nội dung'));
    const data = b.finish();
    expect(buildSemantic(data)).toBeUndefined();
    expect(createSemanticScorer(data)).toBeUndefined();
  });
});
