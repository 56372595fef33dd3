import { createIndexBuilder } from '../../../src/knowledge/index/build-index';
import { findTerm } from '../../../src/knowledge/index/index-data';
import { termKey } from '../../../src/knowledge/index/terms';
import { readArticle } from '../../../src/knowledge/search/records';
import { createLegalSearch } from '../../../src/knowledge/search/legal-search';
import type { Article, LegalDocument } from '../../../src/knowledge/types';

const doc: LegalDocument = { id: 'd', soHieu: '1/2020/NĐ-CP', loaiVanBan: 'Nghị định', ten: 'Nghị định thử', status: { kind: 'codified', asOf: '2025-11-14' } };
const article = (id: string, title: string, text: string, extra: Partial<Article> = {}): Article =>
  ({ id, number: id, title, text, clauses: [], document: doc, ...extra });

function build(articles: Article[]) {
  const b = createIndexBuilder();
  articles.forEach((a) => b.add(a));
  return b.finish();
}

describe('the index builder', () => {
  const data = build([
    article('1', 'Thời hạn cấp giấy phép', 'Thời hạn cấp giấy phép xây dựng là 20 ngày.'),
    article('2', 'Mật độ xây dựng', 'Mật độ xây dựng thuần tối đa.'),
    article('3', 'Xử phạt', 'Phạt tiền từ 1.000.000 đồng đến 2.000.000 đồng.', { notes: ['Điều 2 của Luật số 1/2021/QH15 …'] }),
    article('4', 'Bãi bỏ', '', { repealed: true }),
    article('5', 'Mất giấy tờ', 'Người bị mất giấy tờ phải báo ngay.'),
  ]);

  it('indexes accented and diacritics-free terms; a plain term written one way only shares its source postings', () => {
    const row = (t: string) => findTerm(data, termKey(t));
    expect(row('giấy phép')).toBeGreaterThanOrEqual(0);
    expect(row('~giay phep')).toBe(row('giấy phép'));
    // "mật" and "mất" fold to the same plain syllable: its postings are its own.
    const mat = row('~mat');
    expect(mat).not.toBe(row('mật'));
    expect(mat).not.toBe(row('mất'));
    expect(data.offsets[mat + 1] - data.offsets[mat]).toBe(2);
  });

  it('keeps records, notes and the status of a repealed article, which search never returns', () => {
    expect(readArticle(data, 2).notes).toEqual(['Điều 2 của Luật số 1/2021/QH15 …']);
    expect(readArticle(data, 3)).toMatchObject({ id: '4', repealed: true });
    expect(readArticle(data, 0).document.status).toEqual({ kind: 'codified', asOf: '2025-11-14' });
    const { retriever } = createLegalSearch(data);
    expect(retriever.search('bãi bỏ', 5).map((h) => h.article.id)).not.toContain('4');
    expect(retriever.search('thoi han cap giay phep xay dung', 1)[0].article.id).toBe('1');
  });

  it('reads back every record intact after the build compressed them', () => {
    const many = Array.from({ length: 600 }, (_, i) => article(String(i), `Điều thử ${i}`, `Nội dung ${'dài '.repeat(500)} số ${i}.`));
    const big = build(many);
    expect(readArticle(big, 599).text).toContain('số 599.');
    expect(readArticle(big, 0).title).toBe('Điều thử 0');
  });
});
