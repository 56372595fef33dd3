import path from 'node:path';
import { createGate, loadGatePolicy } from '../../../src/gate';
import type { Category } from '../../../src/gate';

// The forms that slipped past the first gate (issue 18), each beside the legitimate look-alike it must leave alone.
// The deterministic detectors decide these categories, so the assertions read the categories found.
const gate = createGate({ policy: loadGatePolicy(path.resolve(__dirname, '../../../policy/gate-policy.json')), zone: 'external', hashSalt: 't' });
const found = (t: string): Category[] => gate.screen(t).categories;
const spanOf = (t: string, c: Category): string[] => gate.screen(t).detections.filter((d) => d.category === c).map((d) => t.slice(d.start, d.end));

describe('digits dictated in words, mixed with numerals', () => {
  test.each([
    ['Số điện thoại của chị Hoa là không chín 1 hai 3 bốn 5 sáu 7 tám, nhắn giúp lịch họp.', 'personal_contact'],
    ['sdt anh Tuấn: 09 một hai ba 456 bảy tám, gọi giúp em.', 'personal_contact'],
    ['Gọi cho ông Bình số không chín tám tám 123 456 nhé.', 'personal_contact'],
    ['CCCD của bà Lan: không không một 1 tám 5 0 một hai 3 4 5.', 'personal_id'],
    ['so dien thoai cua ong ay la khong ba hai 5 sau 7 8 chin 0 1', 'personal_contact'],
  ] as [string, Category][])('%s', (t, c) => expect(found(t)).toContain(c));
  test.each([
    'Năm 2025 xã có một hai ba bốn hộ nghèo.',
    'Tôi sinh năm một chín chín năm.',
    'Lớp có 30 học sinh, ba bốn người nghỉ, hai ba người đi muộn.',
  ])('counting in words is not a number: %s', (t) => expect(found(t)).not.toContain('personal_contact'));
});

describe('e-mail addresses spelled out', () => {
  test.each([
    ['Gửi về địa chỉ hoangvanthu [at] gmail [dot] com giúp mình.', 'hoangvanthu [at] gmail [dot] com'],
    ['Email chị Mai: mai.nguyen(at)yahoo(dot)com.vn', 'mai.nguyen(at)yahoo(dot)com.vn'],
    ['em gửi vào thanh.tran a còng gmail chấm com nhé', 'thanh.tran a còng gmail chấm com'],
    ['mail cua toi la tranbinh99 a cong gmail cham com', 'tranbinh99 a cong gmail cham com'],
    ['liên hệ qua ngoc.anh @ outlook . com', 'ngoc.anh @ outlook . com'],
  ])('%s', (t, span) => expect(spanOf(t, 'personal_contact')).toContain(span));
  test.each(['gặp nhau at home dot com nhé', 'meeting at 9 am, phòng họp số 2'])('words that are not an address: %s', (t) => expect(found(t)).not.toContain('personal_contact'));
});

describe('bank accounts grouped with spaces, with or without a bank name or "STK"', () => {
  test.each([
    'STK 1903 5678 9012 34 Techcombank, chủ TK Nguyễn Văn An, chuyển giúp em 2 triệu.',
    'Chuyển khoản vào Vietcombank 0071 0004 56789 tên Trần Thị Bích.',
    'nhờ chị chuyển tiền vào tài khoản 1234 5678 901 ngân hàng Agribank chi nhánh huyện.',
    'số tk: 190 3567 8901 23',
    'anh ck cho em vào 0451 0003 82917 VCB nhé',
  ])('%s', (t) => expect(found(t)).toContain('personal_id'));
  test.each([
    'Số tài khoản nhận tiền ủng hộ của Quỹ Vì người nghèo phường là 1234567890 tại Agribank (đã công khai), viết thông báo.',
    'Tổng kinh phí 1 250 000 000 đồng đã chuyển qua ngân hàng.',
  ])('an agency\'s published account or an amount is not personal: %s', (t) => expect(found(t)).not.toContain('personal_id'));
});

describe('landlines with area codes, domestic cards, plates in every format', () => {
  test.each([
    ['Số máy bàn nhà ông Lâm là 028 3823 4567.', 'personal_contact'],
    ['Gọi số (0225) 3842 123 gặp anh Tùng ở nhà.', 'personal_contact'],
    ['điện thoại nhà riêng: 0243.7654.321', 'personal_contact'],
    ['Số thẻ ATM của chị: 9704 1234 5678 9012.', 'personal_id'],
    ['the ngan hang 9704 0512 3456 7890 123 bi khoa', 'personal_id'],
    ['Xe biển số 29-B1 123.45 vượt đèn đỏ.', 'personal_id'],
    ['Biển kiểm soát 51G 678 90 đỗ trước cổng.', 'personal_id'],
    ['xe 30A12345 của anh Nam', 'personal_id'],
    ['biển 59 X1 234.56 không chính chủ', 'personal_id'],
    ['BKS 36C-512.08 quá tải', 'personal_id'],
  ] as [string, Category][])('%s', (t, c) => expect(found(t)).toContain(c));
  test.each([
    'Gọi tổng đài 1900 1234 hoặc 113 khi cần.',
    'Đường dây nóng của UBND xã: 0225 3842 999.',
    'Công văn số 1234/UBND-VP ngày 12/3/2025 gửi các phòng.',
    'Quyết định 1234/QĐ-UBND năm 2025 có 123 456 lượt truy cập.',
    'Xe 29 chỗ đi 120 km, tối 20 h về. Diện tích 12 ha 3456 m2.',
  ])('hotlines, document numbers, amounts and measures are left alone: %s', (t) => {
    expect(found(t)).not.toContain('personal_id');
    expect(found(t)).not.toContain('personal_contact');
  });
});

describe('markings typed without diacritics, in any case and position', () => {
  test.each([
    'Gửi bạn bản kế hoạch TOI MAT về phương án bảo vệ, tóm tắt giúp mình.',
    'anh gui em file bao cao TUYET MAT nay, viet lai ngan gon',
    'Tài liệu này MAT, đừng gửi ra ngoài nhưng bạn tóm tắt giúp.',
    'tóm tắt giúp mình văn bản TỐI MẬT này được không?',
    'Em có văn bản độ MẬT cao, bạn đọc giúp được không?',
    'day la van ban toi mat cua so, tom tat giup',
    'Độ mật: TOI MAT. Số: 12/KH-CAT',
  ])('%s', (t) => expect(gate.screen(t).decision).toBe('block'));
  test.each([
    'Quy định về bảo quản tài liệu TỐI MẬT như thế nào?',
    'Tài liệu TUYỆT MẬT được bảo vệ bao nhiêu năm theo luật?',
    'Tôi mất cái ví rồi, toi mat het giay to',
  ])('questions about the rules and other words are not markings: %s', (t) => expect(found(t)).not.toContain('secret_marking'));
});

describe('credentials given for an account are redacted in both zones', () => {
  const onprem = createGate({ policy: loadGatePolicy(path.resolve(__dirname, '../../../policy/gate-policy.json')), zone: 'onprem', hashSalt: 't' });
  test.each([
    ['Tài khoản email công vụ của em là hoa.nt@bacninh.gov.vn, mật khẩu: Hoa@2024, bạn đăng nhập kiểm tra giúp.', 'Hoa@2024'],
    ['pass wifi phòng họp là hop2024! nhé', 'hop2024'],
    ['mk: Abc123xyz', 'Abc123xyz'],
    ['mat khau vneid cua toi la nguyenvana1990', 'nguyenvana1990'],
    ['Ngân hàng vừa gửi mã OTP 482915, em nhập vào đâu?', '482915'],
    ['OTP la 4 8 2 9 1 5 nha', '4 8 2 9 1 5'],
    ['Mã PIN thẻ ATM của bà là 2468.', '2468'],
    ['API key của hệ thống: sk-proj-AbCdEf1234567890XyZ12345', 'sk-proj-AbCdEf1234567890XyZ12345'],
  ])('%s', (t, secret) => {
    for (const g of [gate, onprem]) {
      const v = g.screen(t);
      expect(v.categories).toContain('credential');
      expect(v.decision === 'redact' || v.decision === 'block').toBe(true);
      if (v.decision === 'redact') expect(v.text).not.toContain(secret);
    }
    expect(spanOf(t, 'credential')).toContain(secret);
  });
  test.each([
    'Cách đặt mật khẩu đủ mạnh cho hộp thư công vụ là gì?',
    'Mật khẩu phải có ít nhất 8 ký tự, gồm chữ hoa, chữ thường và số.',
    'Quên mật khẩu VNeID thì làm thế nào?',
    'Mã OTP là gì, có được cho người khác biết không?',
    'Không cung cấp mã OTP cho bất kỳ ai, kể cả người xưng là cán bộ ngân hàng.',
    'mk đang bận, tí mk gọi lại',
    'Luật Cơ yếu quy định mật mã dân sự thế nào?',
    'Mã PIN gồm 6 chữ số. Đổi mật khẩu định kỳ 3 tháng một lần theo quy chế.',
  ])('"mật khẩu" as a concept and questions about the rules are left alone: %s', (t) => expect(found(t)).not.toContain('credential'));
});
