import type { Article, Hit, LegalDocument, Retriever } from '../../src/knowledge/types';

/** A hand-made legal document for Q&A tests. */
export const ND13: LegalDocument = {
  id: 'nd-13-2023', soHieu: '13/2023/NĐ-CP', loaiVanBan: 'Nghị định', ten: 'Bảo vệ dữ liệu cá nhân',
  coQuanBanHanh: 'Chính phủ', ngayBanHanh: '2023-04-17', ngayHieuLuc: '2023-07-01', tinhTrang: 'Còn hiệu lực',
  url: 'https://vbpl.vn/nd-13-2023',
};

/** A second document, without status or link, to exercise the "unknown" wording. */
export const LUAT_XD: LegalDocument = {
  id: 'luat-xd-2014', soHieu: '50/2014/QH13', loaiVanBan: 'Luật', ten: 'Xây dựng', coQuanBanHanh: 'Quốc hội', ngayBanHanh: '2014-06-18',
};

/** A few articles with clauses and points. */
export const ARTICLES: Article[] = [
  {
    id: 'nd13#D11', number: '11', title: 'Sự đồng ý của chủ thể dữ liệu', document: ND13,
    text: 'Sự đồng ý của chủ thể dữ liệu được áp dụng đối với tất cả các hoạt động xử lý dữ liệu cá nhân.',
    clauses: [
      { number: '1', text: 'Sự đồng ý của chủ thể dữ liệu được áp dụng đối với tất cả các hoạt động trong quy trình xử lý dữ liệu cá nhân, trừ trường hợp luật có quy định khác.', points: [] },
      { number: '2', text: 'Sự đồng ý của chủ thể dữ liệu chỉ có hiệu lực khi chủ thể dữ liệu tự nguyện và biết rõ các nội dung sau:', points: [
        { letter: 'a', text: 'Loại dữ liệu cá nhân được xử lý;' },
        { letter: 'b', text: 'Mục đích xử lý dữ liệu cá nhân;' },
        { letter: 'c', text: 'Tổ chức, cá nhân được xử lý dữ liệu cá nhân;' },
      ] },
      { number: '3', text: 'Sự đồng ý của chủ thể dữ liệu phải được thể hiện rõ ràng, cụ thể bằng văn bản, giọng nói, đánh dấu vào ô đồng ý.', points: [] },
    ],
  },
  {
    id: 'nd13#D9', number: '9', title: 'Quyền của chủ thể dữ liệu', document: ND13,
    text: 'Chủ thể dữ liệu có quyền được biết, quyền đồng ý, quyền truy cập, quyền rút lại sự đồng ý, quyền xóa dữ liệu.',
    clauses: [
      { number: '1', text: 'Quyền được biết: Chủ thể dữ liệu được biết về hoạt động xử lý dữ liệu cá nhân của mình.', points: [] },
      { number: '2', text: 'Quyền rút lại sự đồng ý: Chủ thể dữ liệu được quyền rút lại sự đồng ý của mình.', points: [] },
      { number: '3', text: 'Quyền xóa dữ liệu: Chủ thể dữ liệu được xóa hoặc yêu cầu xóa dữ liệu cá nhân của mình.', points: [] },
    ],
  },
  {
    id: 'luatxd#D89', number: '89', title: 'Quy định chung về cấp giấy phép xây dựng', document: LUAT_XD,
    text: '1. Công trình xây dựng phải có giấy phép xây dựng do cơ quan có thẩm quyền cấp cho chủ đầu tư theo quy định của Luật này.\n2. Công trình được miễn giấy phép xây dựng gồm công trình bí mật nhà nước, công trình xây dựng tạm.',
    clauses: [],
  },
];

/** A retriever over hand-made articles: ranks by shared words, or returns a fixed list. */
export function createFakeRetriever(opts: { articles?: Article[]; fixed?: Hit[] } = {}): Retriever & { queries: string[] } {
  const articles = opts.articles ?? ARTICLES;
  const queries: string[] = [];
  const words = (t: string) => new Set(t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1));
  return {
    queries,
    search(query, k) {
      queries.push(query);
      if (opts.fixed) return opts.fixed.slice(0, k);
      const q = words(query);
      return articles
        .map((article) => {
          const a = words(`${article.title} ${article.text} ${article.clauses.map((c) => c.text).join(' ')}`);
          return { article, score: [...q].filter((w) => a.has(w)).length };
        })
        .filter((h) => h.score > 0)
        .sort((x, y) => y.score - x.score)
        .slice(0, k);
    },
  };
}
