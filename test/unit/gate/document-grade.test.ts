import path from 'node:path';
import { createGate, loadGatePolicy } from '../../../src/gate';

// A document noun followed by a secrecy grade is a marking unless the sentence asks about the rules.
// The detectors on their own (screenModel: null): since the learned screen, these rules are its signals, kept as written;
// the whole gate's decisions are measured over sets of messages (categories.test.ts, fresh-set.test.ts, corpus-split.test.ts).
const gate = createGate({ policy: loadGatePolicy(path.resolve(__dirname, '../../../policy/gate-policy.json')), zone: 'external', hashSalt: 't', screenModel: null });
const decide = (t: string): string => gate.screen(t).decision;

test.each([
  'tai lieu mat',
  'Gửi bạn tai lieu mat ve ke hoach',
  'van ban toi mat so 05 cua so',
  'tài liệu mật cần tóm tắt',
  'tai lieu tuyet mat',
  'Em gửi anh kế hoạch mật về vận chuyển vũ khí, tóm tắt giúp',
  'nho ban dich bao cao toi mat ve tinh hinh bien gioi',
  'ho so mat cua vu viec, ban doc giup',
  'van ban do mat toi mat gui cac xa',
  'đây là hồ sơ mật vụ án, tóm tắt giúp',
  'Bản đồ mật khu vực phòng thủ, mô tả thành chữ giúp mình',
  // "cv" is chat shorthand for công văn, like "vb" for văn bản and "tl" for tài liệu
  'cv mật của Sở gửi về hôm qua, a tóm tắt giúp e mấy ý chính: phương án huy động lực lượng dự bị',
  'cv toi mat cua tinh doi gui xuong, soan giup bao cao trien khai',
])('a document carrying a grade is blocked: %s', (t) => {
  expect(decide(t)).toBe('block');
});

test.each([
  'Luật Bảo vệ bí mật nhà nước quy định mấy độ mật?',
  'Quy định về bảo quản tài liệu mật như thế nào?',
  'tai lieu mat co duoc chup anh khong?',
  'Tài liệu mật là gì?',
  'Làm mất tài liệu mật bị xử lý thế nào',
  'Khi vận chuyển tài liệu tối mật phải có người bảo vệ, viết lại câu này cho gọn.',
  'Mật khẩu wifi là gì', 'hồ sơ mật độ xây dựng', 'bao cao mat do dan so', 'tai lieu mat ma hoa du lieu',
  'tôi mất giấy tờ', 'toi mat giay to', 'ho so toi mat roi lam sao', 'van ban mat hieu luc tu ngay nao',
  'ban do mat bang khu dan cu', 'mất điện cả ngày', 'bí mật kinh doanh là gì', 'Viện Cơ mật triều Nguyễn',
  'thong bao mat song dien thoai tu 8h', 'bao cao Mat tran to quoc xa quy I', 'danh sach mat hang OCOP cua huyen',
  'Viết mật thư cho trò chơi lớn của chi đoàn',
  'cv mật thì có được gửi qua trục liên thông không?',
])('a question about the rules or an everyday word is allowed: %s', (t) => {
  expect(decide(t)).toBe('allow');
});
