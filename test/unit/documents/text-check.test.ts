import { createDocumentChecker } from '../../../src/documents/check/check-document';
import { loadLexicon } from '../../../src/documents/spelling/lexicon';

const checker = createDocumentChecker({ lexicon: loadLexicon() });
const CLEAN = `ỦY BAN NHÂN DÂN TỈNH BẮC NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ\tĐộc lập - Tự do - Hạnh phúc
Số: 12/BC-SNV\tBắc Ninh, ngày 09 tháng 02 năm 2026

BÁO CÁO
Kết quả thực hiện công tác văn thư, lưu trữ năm 2025

Năm 2025, các phòng chuyên môn đã thực hiện nghiêm quy định về công tác văn thư.
Việc lập hồ sơ thực hiện theo quy định tại Điều 28 Nghị định số 30/2020/NĐ-CP.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Nguyễn Văn An

Nơi nhận:
- Ủy ban nhân dân tỉnh;
- Lưu: VT, VP.`;

describe('checking pasted text (text rules only)', () => {
  it('finds nothing in a compliant text laid out with tabs', () => {
    expect(checker.checkText(CLEAN).findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });

  it('finds the number, date, abbreviation, capitals, signature, recipients and spelling problems of a text', () => {
    const text = CLEAN.replace('Số: 12/BC-SNV', 'Số 2/KH-SNV').replace('ngày 09 tháng 02', 'ngày 9 tháng 2').replace('tại Điều 28', 'tại điều 28')
      .replace('KT. GIÁM ĐỐC', 'KT GIÁM ĐỐC').replace('- Lưu: VT, VP.', '- Lưu VT, VP').replace('thực hiện nghiêm', 'thực hiện nghiêm túc , chặt chẻ');
    const rules = checker.checkText(text).findings.map((f) => f.rule);
    expect(new Set(rules)).toEqual(new Set(['so_ky_hieu', 'viet_tat', 'dia_danh_ngay', 'viet_hoa', 'chu_ky', 'noi_nhan', 'chinh_ta']));
  });
});
