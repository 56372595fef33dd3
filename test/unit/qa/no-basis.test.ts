import { createNoBasisPolicy, retrieverConfidence } from '../../../src/qa/no-basis';
import { ARTICLES } from '../../helpers/fake-retriever';

const hit = (i: number, extra: { confidence?: number } = {}) => ({ article: ARTICLES[i], score: 5, ...extra });

describe('no-basis policy', () => {
  it('has no basis without hits', () => {
    expect(createNoBasisPolicy().judge('Câu hỏi bất kỳ', [])).toEqual({ confidence: 0, noBasis: true });
  });

  it('finds a basis when the best article carries the question words', () => {
    const r = createNoBasisPolicy().judge('Sự đồng ý của chủ thể dữ liệu cá nhân', [hit(0)]);
    expect(r.noBasis).toBe(false);
    expect(r.confidence).toBeGreaterThan(0.5);
  });

  it('has no basis when the hit shares only stray syllables with the question', () => {
    expect(createNoBasisPolicy().judge('Cách nấu phở bò ngon cho bữa sáng', [hit(2)]).noBasis).toBe(true);
  });

  it('finds a basis for a question typed without diacritics', () => {
    expect(createNoBasisPolicy().judge('su dong y cua chu the du lieu ca nhan', [hit(0)]).noBasis).toBe(false);
  });

  it('ignores the retriever confidence by default and uses it when configured', () => {
    const hits = [hit(2, { confidence: 0.9 })];
    expect(createNoBasisPolicy().judge('Cách nấu phở bò', hits).noBasis).toBe(true);
    expect(retrieverConfidence('Cách nấu phở bò', hits)).toBe(0.9);
    expect(createNoBasisPolicy({ confidence: retrieverConfidence }).judge('Cách nấu phở bò', hits).noBasis).toBe(false);
  });

  it('takes a pluggable confidence function and bar', () => {
    const policy = createNoBasisPolicy({ confidence: (_q, hits) => hits[0].score / 10, minConfidence: 0.6 });
    expect(policy.judge('x', [hit(0)])).toEqual({ confidence: 0.5, noBasis: true });
  });
});

describe('no-basis policy with gate placeholders', () => {
  it('does not count placeholders of hidden personal data as missing question words', () => {
    const q = 'Ông [HỌ_TÊN_1], SĐT [SĐT_1], hỏi sự đồng ý của chủ thể dữ liệu cá nhân';
    expect(createNoBasisPolicy().judge(q, [hit(0)]).noBasis).toBe(false);
  });
});
