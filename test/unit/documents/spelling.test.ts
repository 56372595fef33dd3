import { createSpellingChecker } from '../../../src/documents/spelling/check-spelling';
import { loadLexicon } from '../../../src/documents/spelling/lexicon';

const spelling = createSpellingChecker(loadLexicon());
const issues = (text: string) => spelling.check(text).map((i) => [i.kind, i.found, i.fixed]);

describe('spelling against the lexicon learned from the legal corpus', () => {
  it.each([
    ['Cần chủ động phòng ngừa, không để sảy ra vi phạm.', 'sảy', 'xảy'],
    ['Các phòng chuyên môn phối hợp chặt chẻ với Văn phòng.', 'chẻ', 'chẽ'],
    ['Đề nghị các đơn vị giải quyết dức điểm những tồn tại đã được chỉ ra.', 'dức', 'dứt'],
    ['Cán bộ trong nghành giáo dục tham gia bồi dưỡng.', 'nghành', 'ngành'],
    ['Hồ sơ phải được sử lý trong thời hạn quy định.', 'sử', 'xử'],
    ['Kết quả được báo cáo với lảnh đạo đơn vị.', 'lảnh', 'lãnh'],
    ['Các đơn vị gửi báo cao kết quả về Văn phòng.', 'cao', 'cáo'],
    ['Căn cứ quyết đinh của Ủy ban nhân dân tỉnh.', 'đinh', 'định'],
  ])('catches “%s” with its correction', (text, found, fixed) => {
    expect(issues(text)).toContainEqual([expect.any(String), found, fixed]);
  });

  it('catches a repeated word and a space before punctuation, with their fixes', () => {
    expect(issues('Yêu cầu các các đơn vị báo cáo.')).toContainEqual(['repeated', 'các các', 'các']);
    expect(issues('Thực hiện nghiêm túc , đúng hạn.')).toContainEqual(['spaceBefore', ',', ',']);
  });

  it('leaves correct rare words, proper names, abbreviations, numbers and reduplications alone', () => {
    const clean = [
      'Ủy ban nhân dân tỉnh Đắk Lắk, tỉnh Kon Tum và thành phố Buôn Ma Thuột phối hợp với UBND, HĐND các huyện.',
      'Ông Nguyễn Văn Mến, bà Hoàng Thị Lụa, Trưởng phòng Tài chính - Kế hoạch huyện Yên Phong, dự họp lúc 8 giờ 30.',
      'Bảo đảm giao thông thông suốt; thực hiện chính xác xác định giá trị theo Thông tư số 01/2011/TT-BNV.',
      'Hệ thống thư điện tử công vụ, cổng dịch vụ công trực tuyến và phần mềm quản lý văn bản được nâng cấp.',
      'Khen thưởng kịp thời những tập thể, cá nhân tiêu biểu; xử lý nghiêm các trường hợp vi phạm.',
    ];
    for (const text of clean) expect([text, issues(text)]).toEqual([text, []]);
  });

  it('accepts either tone placement but reports a text that mixes them', () => {
    const seen = new Map<'modern' | 'traditional', string>();
    expect(spelling.check('Tổ hòa giải ở cơ sở và thủ tục hoà giải.', seen)).toEqual([]);
    expect([...seen.keys()].sort()).toEqual(['modern', 'traditional']);
  });
});
