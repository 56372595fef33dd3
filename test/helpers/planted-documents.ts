import type { RuleCode } from '../../src/documents/check/findings';
import type { DocSpec, RuleKind } from './document-spec';
import { rng } from '../../src/core/seeded-random';
export { rng };

/** Sentences of ordinary administrative prose, written for these tests (no real case, no person). */
const SENTENCES = [
  'Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, các cơ quan, đơn vị đã triển khai nhiều giải pháp nâng cao chất lượng cải cách hành chính.',
  'Việc tiếp nhận và giải quyết hồ sơ thủ tục hành chính được thực hiện đúng quy định, bảo đảm công khai, minh bạch.',
  'Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%, không có hồ sơ quá hạn kéo dài.',
  'Công tác tuyên truyền, phổ biến pháp luật được quan tâm thực hiện thường xuyên với nhiều hình thức phù hợp.',
  'Một số đơn vị chưa thực hiện nghiêm chế độ báo cáo định kỳ, số liệu tổng hợp còn chậm.',
  'Nguyên nhân chủ yếu là do nguồn nhân lực còn thiếu, hạ tầng công nghệ thông tin chưa đồng bộ.',
  'Trong thời gian tới, cần tiếp tục đẩy mạnh chuyển đổi số, nâng cao kỹ năng sử dụng dịch vụ công trực tuyến cho người dân.',
  'Các phòng, ban chuyên môn chủ động phối hợp chặt chẽ, giải quyết dứt điểm các kiến nghị của tổ chức, cá nhân.',
  'Kinh phí thực hiện được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành và các nguồn hợp pháp khác.',
  'Đề nghị các cơ quan, đơn vị quan tâm, tạo điều kiện để công chức tham gia đầy đủ các lớp bồi dưỡng.',
  'Văn phòng có trách nhiệm theo dõi, đôn đốc việc thực hiện và tổng hợp kết quả báo cáo lãnh đạo.',
  'Kế hoạch này được triển khai từ tháng 3 đến hết tháng 12 năm 2026.',
  'Quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh kịp thời để xem xét, giải quyết.',
  'Hệ thống quản lý văn bản và điều hành được sử dụng thống nhất, góp phần giảm thời gian xử lý công việc.',
  'Các xã, phường đã rà soát, cập nhật đầy đủ dữ liệu dân cư phục vụ công tác quản lý nhà nước trên địa bàn.',
  'Căn cứ tình hình thực tế, đơn vị đề xuất điều chỉnh một số chỉ tiêu cho phù hợp với khả năng thực hiện.',
  'Công tác bảo đảm an toàn thông tin mạng được chú trọng, không để xảy ra sự cố mất an toàn.',
  'Hội nghị sơ kết được tổ chức vào cuối quý để đánh giá kết quả và rút kinh nghiệm.',
  'Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện nhiệm vụ được giao.',
  'Việc chi trả chế độ, chính sách cho các đối tượng được thực hiện kịp thời, đúng quy định.',
  'Đơn vị đã tổ chức kiểm tra công tác văn thư, lưu trữ tại các phòng chuyên môn theo kế hoạch.',
  'Số lượng văn bản điện tử gửi, nhận qua hệ thống tăng so với cùng kỳ năm trước.',
];
const ISSUERS = [
  { parent: 'ỦY BAN NHÂN DÂN TỈNH BẮC NINH', issuer: 'SỞ NỘI VỤ', code: 'SNV', place: 'Bắc Ninh' },
  { parent: 'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG', issuer: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', code: 'SKHCN', place: 'Cao Bằng' },
  { parent: 'UBND HUYỆN YÊN PHONG', issuer: 'PHÒNG TÀI CHÍNH - KẾ HOẠCH', code: 'TCKH', place: 'Yên Phong' },
  { parent: undefined, issuer: 'ỦY BAN NHÂN DÂN XÃ TÂN LẬP', code: 'UBND', place: 'Tân Lập' },
];
const TYPES = [
  { code: 'to_trinh', name: 'TỜ TRÌNH', abbr: 'TTr' },
  { code: 'bao_cao', name: 'BÁO CÁO', abbr: 'BC' },
  { code: 'ke_hoach', name: 'KẾ HOẠCH', abbr: 'KH' },
  { code: 'thong_bao', name: 'THÔNG BÁO', abbr: 'TB' },
  { code: 'cong_van', name: '', abbr: '' },
];
const RULES: RuleKind[] = ['border', 'drawing', 'vml', 'underscore'];


/** A compliant document: one of several types, issuers and ways of building the file. */
export function cleanSpec(seed: number): DocSpec {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const who = ISSUERS[seed % ISSUERS.length];
  const type = TYPES[Math.floor(seed / ISSUERS.length) % TYPES.length];
  const congVan = type.code === 'cong_van';
  const fontsIn = r() < 0.5 ? 'styles' : 'runs';
  const lineKind = pick(RULES);
  const body = Array.from({ length: 3 + Math.floor(r() * 5) }, () => ({ text: pick(SENTENCES), size: 14, align: 'both' as const }));
  const subject = pick(['Đề nghị phê duyệt kế hoạch cải cách hành chính năm 2026', 'Kết quả thực hiện công tác văn thư, lưu trữ', 'Triển khai dịch vụ công trực tuyến toàn trình', 'Tổ chức hội nghị sơ kết công tác quý I']);
  const n = 1 + Math.floor(r() * 30);
  return {
    page: { w: 11906, h: 16838, top: 1134, bottom: 1134, left: 1701, right: r() < 0.5 ? 851 : 1134 },
    fontsIn,
    font: 'Times New Roman',
    parent: who.parent ? { text: who.parent, size: 13 } : undefined,
    issuer: [{ text: who.issuer, size: 13, bold: true }],
    issuerRule: { kind: lineKind, ratio: 0.4 },
    so: { text: `Số: ${String(n).padStart(2, '0')}/${congVan ? `${who.code}-VP` : `${type.abbr}-${who.code}`}`, size: 13 },
    vv: congVan ? [{ text: `V/v ${subject.toLowerCase().replace(/^./, (c) => c.toUpperCase())}`, size: 12 }] : undefined,
    quocHieu: { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', size: 12, bold: true },
    tieuNgu: { text: 'Độc lập - Tự do - Hạnh phúc', size: 13, bold: true },
    tieuNguRule: { kind: r() < 0.25 ? 'underline' : lineKind, ratio: 1 },
    date: { text: `${who.place}, ngày ${String(1 + Math.floor(r() * 28)).padStart(2, '0')} tháng ${pick(['01', '02', '3', '6', '11'])} năm 2026`, size: 14, italic: true },
    tenLoai: congVan ? undefined : { text: type.name, size: 14, bold: true },
    trichYeu: congVan ? [] : [{ text: subject, size: 14, bold: true }],
    trichYeuRule: { kind: lineKind, ratio: 0.4 },
    kinhGui: type.code === 'to_trinh' || congVan ? [{ text: 'Kính gửi: Ủy ban nhân dân tỉnh', size: 14 }] : [],
    body,
    noiNhanLabel: { text: 'Nơi nhận:', size: 12, bold: true, italic: true },
    noiNhan: [{ text: '- Như trên;', size: 11 }, { text: '- Lãnh đạo đơn vị;', size: 11 }, { text: '- Lưu: VT, VP.', size: 11 }],
    authority: [{ text: 'KT. GIÁM ĐỐC', size: 14, bold: true }, { text: 'PHÓ GIÁM ĐỐC', size: 14, bold: true }],
    signerName: { text: 'Nguyễn Văn An', size: 14, bold: true },
    pageNumber: { where: 'header', onFirst: false, align: 'center', size: 14 },
    joinLines: r() < 0.3,
    twoRows: r() < 0.3,
    noTable: seed % 7 === 3,
  };
}

/** One planted error: what it changes and the rule that must report it. */
export interface Mutation {
  rule: RuleCode;
  name: string;
  /** Changes the spec; false when it does not apply to this document (e.g. a công văn has no tên loại). */
  apply(spec: DocSpec): boolean | void;
}

const body0 = (s: DocSpec) => s.body[0];
const setBodyText = (s: DocSpec, f: (t: string) => string): boolean => {
  const text = f(s.body[0].text);
  if (text === s.body[0].text) return false;
  s.body[0] = { ...s.body[0], text };
  return true;
};

export const MUTATIONS: Mutation[] = [
  { rule: 'paper', name: 'letter size', apply: (s) => { s.page.w = 12240; s.page.h = 15840; } },
  { rule: 'paper', name: 'landscape', apply: (s) => { s.page = { ...s.page, w: 16838, h: 11906, landscape: true }; } },
  { rule: 'margin', name: 'left 20 mm', apply: (s) => { s.page.left = 1134; } },
  { rule: 'margin', name: 'top 15 mm', apply: (s) => { s.page.top = 851; } },
  { rule: 'margin', name: 'right 30 mm', apply: (s) => { s.page.right = 1701; } },
  { rule: 'font', name: 'Arial paragraph', apply: (s) => { body0(s).font = 'Arial'; } },
  { rule: 'font', name: 'TCVN3 font', apply: (s) => { s.font = '.VnTime'; } },
  { rule: 'font', name: 'blue text', apply: (s) => { s.body[1] = { ...s.body[1], color: '0000FF' }; } },
  { rule: 'font_size', name: 'body 12', apply: (s) => { body0(s).size = 12; } },
  { rule: 'font_size', name: 'all body 12', apply: (s) => { s.body.forEach((b) => (b.size = 12)); } },
  { rule: 'co_quan', name: 'issuer not bold', apply: (s) => { s.issuer[0].bold = false; } },
  { rule: 'co_quan', name: 'issuer lower case', apply: (s) => { s.issuer[0].text = s.issuer[0].text.toLowerCase().replace(/^./, (c) => c.toUpperCase()); } },
  { rule: 'co_quan', name: 'issuer 14', apply: (s) => { s.issuer[0].size = 14; } },
  { rule: 'co_quan', name: 'no issuer line', apply: (s) => { s.issuerRule = { kind: 'none', ratio: 0 }; } },
  { rule: 'co_quan', name: 'issuer line full length', apply: (s) => { if (s.issuerRule.kind === 'underscore') return false; s.issuerRule.ratio = 1; } },
  { rule: 'co_quan', name: 'issuer abbreviated', apply: (s) => { if (!/^ỦY BAN NHÂN DÂN /.test(s.issuer[0].text)) return false; s.issuer[0].text = s.issuer[0].text.replace('ỦY BAN NHÂN DÂN', 'UBND'); } },
  { rule: 'quoc_hieu', name: 'not bold', apply: (s) => { s.quocHieu.bold = false; } },
  { rule: 'quoc_hieu', name: 'title case', apply: (s) => { s.quocHieu.text = 'Cộng hòa xã hội chủ nghĩa Việt Nam'; } },
  { rule: 'quoc_hieu', name: 'size 14', apply: (s) => { s.quocHieu.size = 14; } },
  { rule: 'tieu_ngu', name: 'not bold', apply: (s) => { s.tieuNgu.bold = false; } },
  { rule: 'tieu_ngu', name: 'every word capital', apply: (s) => { s.tieuNgu.text = 'Độc Lập - Tự Do - Hạnh Phúc'; } },
  { rule: 'tieu_ngu', name: 'no hyphens', apply: (s) => { s.tieuNgu.text = 'Độc lập Tự do Hạnh phúc'; } },
  { rule: 'tieu_ngu', name: 'no line', apply: (s) => { s.tieuNguRule = { kind: 'none', ratio: 0 }; } },
  { rule: 'tieu_ngu', name: 'italic', apply: (s) => { s.tieuNgu.italic = true; } },
  { rule: 'so_ky_hieu', name: 'no colon', apply: (s) => { s.so.text = s.so.text.replace('Số:', 'Số'); } },
  { rule: 'so_ky_hieu', name: 'no leading zero', apply: (s) => { s.so.text = s.so.text.replace(/Số: \d+/, 'Số: 7'); } },
  { rule: 'so_ky_hieu', name: 'spaces', apply: (s) => { s.so.text = s.so.text.replace('/', ' / ').replace('-', ' - '); } },
  { rule: 'so_ky_hieu', name: 'size 14', apply: (s) => { s.so.size = 14; } },
  { rule: 'viet_tat', name: 'wrong type abbreviation', apply: (s) => { if (!s.tenLoai) return false; s.so.text = s.so.text.replace(/\/[^-]+-/, '/TT-'); } },
  { rule: 'viet_tat', name: 'CV on a công văn', apply: (s) => { if (s.tenLoai) return false; s.so.text = s.so.text.replace('/', '/CV-'); } },
  { rule: 'dia_danh_ngay', name: 'day without zero', apply: (s) => { s.date.text = s.date.text.replace(/ngày \d+ tháng \S+/, 'ngày 5 tháng 1'); } },
  { rule: 'dia_danh_ngay', name: 'no comma', apply: (s) => { s.date.text = s.date.text.replace(',', ''); } },
  { rule: 'dia_danh_ngay', name: 'not italic', apply: (s) => { s.date.italic = false; } },
  { rule: 'dia_danh_ngay', name: 'numeric date', apply: (s) => { s.date.text = s.date.text.replace(/ngày .*$/, '05/01/2026'); } },
  { rule: 'ten_loai_trich_yeu', name: 'type lower case', apply: (s) => { if (!s.tenLoai) return false; s.tenLoai.text = s.tenLoai.text[0] + s.tenLoai.text.slice(1).toLowerCase(); } },
  { rule: 'ten_loai_trich_yeu', name: 'type not bold', apply: (s) => { if (!s.tenLoai) return false; s.tenLoai.bold = false; } },
  { rule: 'ten_loai_trich_yeu', name: 'subject not bold', apply: (s) => { if (!s.trichYeu.length) return false; s.trichYeu[0].bold = false; } },
  { rule: 'ten_loai_trich_yeu', name: 'no subject line', apply: (s) => { if (!s.trichYeu.length) return false; s.trichYeuRule = { kind: 'none', ratio: 0 }; } },
  { rule: 'ten_loai_trich_yeu', name: 'V/V', apply: (s) => { if (!s.vv) return false; s.vv[0].text = s.vv[0].text.replace('V/v', 'Về việc:'); } },
  { rule: 'noi_dung', name: 'left aligned', apply: (s) => { body0(s).align = 'left'; } },
  { rule: 'noi_dung', name: 'no indent', apply: (s) => { body0(s).firstLine = 0; } },
  { rule: 'noi_dung', name: 'no spacing', apply: (s) => { s.body[1].after = 0; } },
  { rule: 'noi_dung', name: 'double spacing', apply: (s) => { body0(s).line = 480; } },
  { rule: 'chu_ky', name: 'KT without dot', apply: (s) => { s.authority[0].text = s.authority[0].text.replace('KT.', 'KT'); } },
  { rule: 'chu_ky', name: 'position not bold', apply: (s) => { s.authority[1].bold = false; } },
  { rule: 'chu_ky', name: 'name not bold', apply: (s) => { s.signerName.bold = false; } },
  { rule: 'chu_ky', name: 'academic title', apply: (s) => { s.signerName.text = `TS. ${s.signerName.text}`; } },
  { rule: 'noi_nhan', name: 'label without colon', apply: (s) => { s.noiNhanLabel.text = 'Nơi nhận'; } },
  { rule: 'noi_nhan', name: 'label upright', apply: (s) => { s.noiNhanLabel.italic = false; } },
  { rule: 'noi_nhan', name: 'item without semicolon', apply: (s) => { s.noiNhan[0].text = s.noiNhan[0].text.replace(';', ''); } },
  { rule: 'noi_nhan', name: 'Lưu without colon', apply: (s) => { s.noiNhan[s.noiNhan.length - 1].text = '- Lưu VT, VP.'; } },
  { rule: 'noi_nhan', name: 'items 13', apply: (s) => { s.noiNhan.forEach((l) => (l.size = 13)); } },
  { rule: 'so_trang', name: 'number in footer', apply: (s) => { s.pageNumber.where = 'footer'; } },
  { rule: 'so_trang', name: 'number on first page', apply: (s) => { s.pageNumber.onFirst = true; } },
  { rule: 'so_trang', name: 'number right', apply: (s) => { s.pageNumber.align = 'right'; } },
  { rule: 'viet_hoa', name: 'sentence start lower', apply: (s) => { s.body.push({ ...body0(s), text: 'Các đơn vị thực hiện nghiêm túc. việc báo cáo phải đúng hạn.' }); } },
  { rule: 'viet_hoa', name: 'điều lower', apply: (s) => { s.body.push({ ...body0(s), text: 'Việc lập hồ sơ thực hiện theo quy định tại điều 28 Nghị định số 30/2020/NĐ-CP.' }); } },
  { rule: 'viet_hoa', name: 'organ over capitalised', apply: (s) => setBodyText(s, () => 'Các sở, ngành báo cáo Ủy Ban Nhân Dân tỉnh trước ngày 20 hằng tháng.') },
  { rule: 'viet_hoa', name: 'Khoản mid-sentence', apply: (s) => { s.body.push({ ...body0(s), text: 'Hồ sơ gồm các giấy tờ quy định tại Khoản 2 Điều 15 của Nghị định.' }); } },
  { rule: 'chinh_ta', name: 's/x', apply: (s) => setBodyText(s, () => 'Công tác bảo đảm an toàn thông tin được chú trọng, không để sảy ra sự cố.') },
  { rule: 'chinh_ta', name: 'hỏi/ngã', apply: (s) => setBodyText(s, () => 'Các phòng chuyên môn phối hợp chặt chẻ với Văn phòng trong quá trình thực hiện.') },
  { rule: 'chinh_ta', name: '-c/-t', apply: (s) => setBodyText(s, () => 'Các đơn vị giải quyết dức điểm các kiến nghị của người dân.') },
  { rule: 'chinh_ta', name: 'ngh before a', apply: (s) => setBodyText(s, () => 'Cán bộ trong nghành giáo dục tham gia đầy đủ các lớp bồi dưỡng.') },
  { rule: 'chinh_ta', name: 'repeated word', apply: (s) => setBodyText(s, (t) => t.replace(/ các /, ' các các ')) },
  { rule: 'chinh_ta', name: 'space before comma', apply: (s) => setBodyText(s, (t) => t.replace(',', ' ,')) },
];
