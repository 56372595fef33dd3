import { createIndexBuilder } from '../../../src/knowledge/index/build-index';
import { createBm25 } from '../../../src/knowledge/search/bm25';
import { candidatePool, definitionsByDocument } from '../../../src/knowledge/search/candidates';
import { analyseQuestion } from '../../../src/knowledge/search/analyse-question';
import { queryTerms } from '../../../src/knowledge/search/query-terms';
import type { Article, LegalDocument } from '../../../src/knowledge/types';

const law: LegalDocument = { id: 'luat', ten: 'Luật Đất đai' };
const other: LegalDocument = { id: 'khac', ten: 'Luật Khác' };
const art = (id: string, title: string, text: string, document: LegalDocument): Article => ({ id, number: id, title, text, clauses: [], document });

function index() {
  const b = createIndexBuilder();
  b.add(art('def', 'Giải thích từ ngữ', 'Trong Luật này các từ ngữ dưới đây được hiểu như sau: thửa đất là phần diện tích đất', law));
  b.add(art('a1', 'Thửa đất được cấp giấy chứng nhận', 'thửa đất thửa đất được cấp giấy chứng nhận quyền sử dụng', law));
  b.add(art('def2', 'Giải thích từ ngữ', 'các từ ngữ dưới đây được hiểu như sau: tàu bay', other));
  return b.finish();
}

describe('the re-ranking pool', () => {
  it('adds the definitions article of a leading document for a definition question', () => {
    const data = index();
    const defs = definitionsByDocument(data);
    expect([...defs.values()].flat().sort()).toEqual([0, 2]);
    const bm25 = createBm25(data, { k1: 1.2, b: 0.75, maxDfRatio: 1 });
    const { terms } = queryTerms(analyseQuestion('thửa đất cấp giấy chứng nhận'));
    const plain = candidatePool(data, bm25, defs, terms, 1, false).hits.map((h) => h.doc);
    const widened = candidatePool(data, bm25, defs, terms, 1, true).hits.map((h) => h.doc);
    expect(plain).toEqual([1]);
    // The other document's definitions article is not pulled in: no leading candidate comes from it.
    expect(widened).toEqual([1, 0]);
  });

  it('adds the lexically weaker candidates that are semantically closest to the question', () => {
    const data = index();
    const bm25 = createBm25(data, { k1: 1.2, b: 0.75, maxDfRatio: 1 });
    const { terms } = queryTerms(analyseQuestion('thửa đất cấp giấy chứng nhận'));
    // A stand-in scorer; article 2 is closest in meaning but matches no query word, so only BM25 hits are eligible.
    const semantic = { queryVector: () => new Float32Array(1), cosine: (_: Float32Array, doc: number) => [0.1, 0.5, 0.9][doc], titleCosine: () => 0 };
    expect(candidatePool(data, bm25, new Map(), terms, 1, false, semantic, 1).hits.map((h) => h.doc)).toEqual([1, 0]);
    expect(candidatePool(data, bm25, new Map(), terms, 1, false, semantic, 0).hits.map((h) => h.doc)).toEqual([1]);
  });
});
