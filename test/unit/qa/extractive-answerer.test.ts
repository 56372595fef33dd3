import type { Article } from '../../../src/knowledge/types';
import { createExtractiveAnswerer } from '../../../src/qa/extractive-answerer';
import type { Source } from '../../../src/qa/types';
import { ARTICLES } from '../../helpers/fake-retriever';

const byId = (id: string) => ARTICLES.find((a) => a.id === id)!;
const sourcesOf = (...ids: string[]): Source[] => ids.map((id, i) => ({ position: i + 1, hit: { article: byId(id), score: 10 - i } }));

async function answer(question: string, sources: Source[]): Promise<string> {
  const draft = await createExtractiveAnswerer().answer({ question, sources, canStream: false });
  if (draft.kind !== 'text') throw new Error('extractive must return text');
  return draft.text;
}

describe('extractive answerer', () => {
  it('names the article and document, quotes the matching clause and points, with số hiệu, date and status', async () => {
    const text = await answer('Sự đồng ý của chủ thể dữ liệu có hiệu lực khi nào?', sourcesOf('nd13#D11'));
    expect(text).toContain('Điều 11 Nghị định 13/2023/NĐ-CP');
    expect(text).toContain('[1]');
    expect(text).toContain('Khoản 2');
    expect(text).toContain('chỉ có hiệu lực khi chủ thể dữ liệu tự nguyện');
    expect(text).toContain('điểm a)');
    expect(text).toContain('17/04/2023');
    expect(text).toContain('Còn hiệu lực');
  });

  it('quotes only clauses sharing words with the question', async () => {
    const text = await answer('Chủ thể dữ liệu có quyền xóa dữ liệu không?', sourcesOf('nd13#D9'));
    expect(text).toContain('Quyền xóa dữ liệu');
    expect(text).not.toContain('Quyền được biết: Chủ thể');
  });

  it('picks the matching clause of a question typed without diacritics', async () => {
    const text = await answer('chu the du lieu co quyen xoa du lieu khong', sourcesOf('nd13#D9'));
    expect(text).toContain('Quyền xóa dữ liệu');
    expect(text).not.toContain('Quyền được biết: Chủ thể');
  });

  it('cites several articles when the question spans them', async () => {
    const text = await answer('Sự đồng ý của chủ thể dữ liệu và quyền rút lại sự đồng ý', sourcesOf('nd13#D11', 'nd13#D9'));
    expect(text).toContain('Điều 11 Nghị định 13/2023/NĐ-CP');
    expect(text).toContain('Điều 9 Nghị định 13/2023/NĐ-CP');
    expect(text).toMatch(/\[1\][\s\S]*\[2\]/);
  });

  it('leaves out a lower-ranked article that adds nothing the question asks', async () => {
    const text = await answer('Cấp giấy phép xây dựng', sourcesOf('luatxd#D89', 'nd13#D9'));
    expect(text).toContain('Điều 89 Luật Xây dựng 50/2014/QH13');
    expect(text).not.toContain('[2]');
  });

  it('quotes paragraphs of an article that was not split into clauses, and says when status is unknown', async () => {
    const text = await answer('Công trình nào được miễn giấy phép xây dựng?', sourcesOf('luatxd#D89'));
    expect(text).toContain('miễn giấy phép xây dựng');
    expect(text).toContain('chưa rõ');
  });

  it('leads with a short answer: the quoted sentence of the best clause that states what is asked, and where it is', async () => {
    const text = await answer('Sự đồng ý của chủ thể dữ liệu phải thể hiện bằng hình thức nào?', sourcesOf('nd13#D11'));
    expect(text.split('\n')[0]).toBe('**Trả lời ngắn:** “Sự đồng ý của chủ thể dữ liệu phải được thể hiện rõ ràng, cụ thể bằng văn bản, giọng nói, đánh dấu vào ô đồng ý.” (khoản 3 Điều 11 Nghị định 13/2023/NĐ-CP) [1]');
  });

  it('answers a question about a list with the points the clause announces', async () => {
    const text = await answer('Sự đồng ý có hiệu lực khi chủ thể biết rõ những nội dung gì?', sourcesOf('nd13#D11'));
    expect(text.split('\n')[0]).toContain('a) Loại dữ liệu cá nhân được xử lý; b) Mục đích');
  });

  it("states each document's force as its source knows it", async () => {
    const codified = { ...byId('luatxd#D89'), document: { ...byId('luatxd#D89').document, status: { kind: 'codified' as const, asOf: '2025-11-14' } } };
    const original = { ...byId('luatxd#D89'), document: { ...byId('luatxd#D89').document, status: { kind: 'original' as const } } };
    const src = (a: Article) => [{ position: 1, hit: { article: a, score: 1 } }];
    expect(await answer('Cấp giấy phép xây dựng', src(codified))).toContain('còn hiệu lực theo Bộ pháp điển (cập nhật đến văn bản ban hành ngày 14/11/2025)');
    expect(await answer('Cấp giấy phép xây dựng', src(original))).toContain('văn bản gốc, chưa hợp nhất các văn bản sửa đổi, bổ sung');
  });

  it("names the quoted document's other well-ranked articles under “Xem thêm”, not other documents'", async () => {
    const text = await answer('Sự đồng ý phải thể hiện bằng văn bản hay giọng nói?', sourcesOf('nd13#D11', 'luatxd#D89', 'nd13#D9'));
    expect(text).toMatch(/\*\*Xem thêm:\*\* Điều 9 Nghị định 13\/2023\/NĐ-CP – Quyền của chủ thể dữ liệu \[3\]/);
    expect(text).not.toContain('Điều 89');
  });
});

