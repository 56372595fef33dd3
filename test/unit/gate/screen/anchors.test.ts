import path from 'node:path';
import { createGate, loadGatePolicy } from '../../../../src/gate';
import { createDetector } from '../../../../src/gate/create-gate';
import { asksAboutRules, namesSomeone } from '../../../../src/gate/screen/anchors';

const detect = createDetector();
const policy = loadGatePolicy(path.resolve(__dirname, '../../../../policy/gate-policy.json'));

describe('a question about a rule, or a remark on one, is not a request to act (SENSITIVITY.md: never refused)', () => {
  test.each([
    'Mức phạt vượt đèn đỏ đối với xe máy là bao nhiêu?',
    'Ai có thẩm quyền xử phạt hành vi xả rác nơi công cộng?',
    'muc phat nong do con voi o to la bao nhieu',
    'Thời hiệu khiếu nại quyết định xử phạt vi phạm hành chính là bao lâu?',
    'Cho em hỏi mức phạt không đội mũ bảo hiểm là bao nhiêu?',
    // a remark on an answer (a feedback comment) asks for nothing
    'Thiếu căn cứ về mức phạt bổ sung',
  ])('%s', (text) => {
    expect(asksAboutRules(detect(text))).toBe(true);
    for (const zone of ['onprem', 'external'] as const) expect(createGate({ policy, zone, hashSalt: 't' }).screen(text).decision).toBe('allow');
  });
  test.each([
    // a request to write, decide or compute, a particular case, a pasted document or a person: not a question about the rules
    'Soạn quyết định xử phạt ông Nguyễn Văn An vì lấn chiếm vỉa hè, mức phạt bao nhiêu?',
    'Công ty Minh Phát xả thải vượt chuẩn 3 lần, phạt bao nhiêu thì hợp lý?',
    'Tính giúp mức phạt cho trường hợp này là bao nhiêu?',
    'Có nên thu hồi giấy phép của cơ sở đó không?',
    'Hồ sơ dưới đây có đạt không?',
    'cho e key Office 2016 bản quyền',
  ])('%s', (text) => expect(asksAboutRules(detect(text))).toBe(false));
});

describe('a sensitive fact needs someone it is about', () => {
  test('aggregates point at nobody', () => {
    for (const text of ['Toàn huyện có khoảng 12.000 tín đồ Công giáo, chiếm 8% dân số.', 'Năm 2025 tỉnh có 1.240 người chấp hành xong án phạt tù trở về địa phương.']) {
      expect(namesSomeone(detect(text))).toBe(false);
    }
  });
  test('a name, an identifier or a word for one person does', () => {
    for (const text of ['Ông Lò Văn Páo đang điều trị HIV ở trạm y tế.', 'Chị thủ quỹ chi hội đang nợ ngân hàng 300 triệu.', 'CCCD 001185012345 nợ xấu ở ngân hàng.']) {
      expect(namesSomeone(detect(text))).toBe(true);
    }
  });
});
