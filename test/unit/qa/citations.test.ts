import { CitationRewriter, verifyCitations } from '../../../src/qa/citations';
import type { Source } from '../../../src/qa/types';
import { ARTICLES } from '../../helpers/fake-retriever';

const sources: Source[] = ARTICLES.map((article, i) => ({ position: i + 1, hit: { article, score: 3 - i } }));

describe('verifyCitations', () => {
  it('keeps citations that point to a source and drops sources the answer does not use', () => {
    const v = verifyCitations('Cần có sự đồng ý [1]. Cần giấy phép [3].', sources);
    expect(v.text).toBe('Cần có sự đồng ý [1]. Cần giấy phép [2].');
    expect(v.citations.map((c) => [c.position, c.articleId])).toEqual([[1, 'nd13#D11'], [2, 'luatxd#D89']]);
  });

  it('removes markers that point outside the retrieved sources', () => {
    const v = verifyCitations('Theo quy định [7] thì cần đồng ý [2] [0].', sources);
    expect(v.text).toBe('Theo quy định thì cần đồng ý [1].');
    expect(v.citations).toHaveLength(1);
    expect(v.citations[0].articleId).toBe('nd13#D9');
  });

  it('returns no citations when nothing valid is cited', () => {
    const v = verifyCitations('Câu trả lời không có nguồn [9].', sources);
    expect(v.citations).toEqual([]);
    expect(v.text).toBe('Câu trả lời không có nguồn.');
  });

  it('splits grouped markers and reads the [docN] form', () => {
    const v = verifyCitations('Quy định chung [2, 1] và [doc3].', sources);
    expect(v.text).toBe('Quy định chung [1][2] và [3].');
    expect(v.citations.map((c) => c.articleId)).toEqual(['nd13#D9', 'nd13#D11', 'luatxd#D89']);
  });

  it('leaves gate placeholders untouched', () => {
    expect(verifyCitations('Ông [HO_TEN_1], CCCD [CCCD_1], cần đồng ý [1].', sources).text)
      .toBe('Ông [HO_TEN_1], CCCD [CCCD_1], cần đồng ý [1].');
  });

  it('builds citation labels and links, and carries the heading and passage whole (channels shorten them)', () => {
    const [c] = verifyCitations('Xem [1].', sources).citations;
    expect(c.label).toBe('Điều 11 Nghị định 13/2023/NĐ-CP');
    expect(c.url).toBe('https://vbpl.vn/nd-13-2023');
    expect(c.name.startsWith('Điều 11 Nghị định 13/2023/NĐ-CP')).toBe(true);
    expect(c.name.endsWith('…')).toBe(false);
    expect(c.abstract.length).toBeLessThanOrEqual(1200);
  });
});

describe('CitationRewriter on a stream', () => {
  it('gives the same text as the whole-text rewrite, whatever the chunking', () => {
    const text = 'Theo [CCCD_1] cần đồng ý [2]; ngoại lệ [8]. Giấy phép [3] và [2, 9].';
    const whole = verifyCitations(text, sources).text;
    for (const size of [1, 2, 3, 5, 7]) {
      const rw = new CitationRewriter(sources.length);
      let out = '';
      for (let i = 0; i < text.length; i += size) out += rw.push(text.slice(i, i + size));
      out += rw.end();
      expect(out.trim()).toBe(whole);
    }
  });

  it('never cuts a bracketed token between outputs', () => {
    const rw = new CitationRewriter(3);
    const outs = ['Mã [CC', 'CD_', '1] và [', '1] xong'].map((c) => rw.push(c));
    outs.push(rw.end());
    for (const o of outs) expect(o.split('[').length).toBe(o.split(']').length);
    expect(outs.join('')).toBe('Mã [CCCD_1] và [1] xong');
  });
});
