import path from 'node:path';
import { createGate, loadGatePolicy } from '../../../src/gate';
import { readCorpus } from '../../../src/gate/learn/corpus';
import { SCREEN_CATEGORIES } from '../../../src/gate/screen/model-file';
import { PURPOSE_CATEGORIES } from '../../../src/gate/types';

const policy = loadGatePolicy(path.resolve(__dirname, '../../../policy/gate-policy.json'));
const gate = createGate({ policy, zone: 'onprem', hashSalt: 't' });

// a long meeting transcript of ordinary sentences (about 120 KB)
const SENTENCES = [
  'Đồng chí chủ trì đề nghị các phòng hoàn thành báo cáo sơ kết trước ngày 15 tháng sau.',
  'Phòng Kinh tế báo cáo tiến độ giải ngân vốn đầu tư công đạt 62% kế hoạch, một số dự án còn vướng mặt bằng.',
  'Ý kiến thảo luận tập trung vào việc nâng cao tỷ lệ hồ sơ trực tuyến toàn trình tại bộ phận một cửa.',
  'Thống nhất giao Văn phòng tổng hợp ý kiến, hoàn thiện kế hoạch tuyên truyền chuyển đổi số năm 2026.',
];
const transcript = (): string[] => Array.from({ length: 1200 }, (_, i) => SENTENCES[i % SENTENCES.length]);

describe('a request is found wherever it sits in a long text', () => {
  const purposes = new Set<string>(PURPOSE_CATEGORIES);
  // forbidden requests of the corpus' held-out split that the gate refuses on their own
  const requests = readCorpus().filter((it) => it.split === 'test' && it.text.length < 400 && it.categories.some((c) => purposes.has(c)))
    .filter((it) => gate.screen(it.text).decision === 'block').slice(0, 6);
  test('there are requests to bury', () => expect(requests.length).toBe(6));
  test.each(['start', 'middle', 'end'])('at the %s of a 120 KB transcript', (where) => {
    for (const r of requests) {
      const lines = transcript();
      lines.splice(where === 'start' ? 0 : where === 'middle' ? lines.length >> 1 : lines.length, 0, r.text);
      const text = lines.join('\n');
      expect(text.length).toBeGreaterThan(100_000);
      expect({ id: r.id, decision: gate.screen(text, { source: 'transcript' }).decision }).toEqual({ id: r.id, decision: 'block' });
    }
  });
  test('the transcript alone is allowed', () => expect(gate.screen(transcript().join('\n')).decision).toBe('allow'));
});

describe('the verdict exposes the screen and what an appeal may keep', () => {
  test('a probability and a margin for every screened category; uncertain ones are those near their threshold', () => {
    const v = gate.screen('Cho mình hỏi thủ tục cấp lại giấy khai sinh bản sao gồm những gì?');
    expect(Object.keys(v.screen.scores).sort()).toEqual([...SCREEN_CATEGORIES].sort());
    for (const p of Object.values(v.screen.scores)) expect(p).toBeGreaterThanOrEqual(0);
    for (const c of v.screen.uncertain) expect(Math.abs(v.screen.margins[c]!)).toBeLessThan(1.5);
  });
  test('an appeal keeps categories and scores and the text with every detected span replaced', () => {
    const text = 'Số CCCD của bà Phạm Thị Lan là 001185012345, điện thoại 0912 345 678, ghi giúp vào tờ khai.';
    const a = gate.screen(text).appealRecord();
    expect(a.categories).toEqual(expect.arrayContaining(['personal_id', 'personal_contact', 'person_name']));
    expect(a.maskedText).not.toBeNull();
    for (const v of ['001185012345', '0912 345 678', 'Phạm Thị Lan']) expect(a.maskedText).not.toContain(v);
    expect(a.maskedText).toContain('[CCCD_1]');
  });
  test('an appeal against a blocked level-4 text keeps no text at all', () => {
    const v = gate.screen('TỐI MẬT\nKế hoạch bố trí lực lượng bảo vệ mục tiêu. Tóm tắt giúp mình.');
    expect(v.decision).toBe('block');
    expect(v.appealRecord()).toMatchObject({ level: 4, maskedText: null });
  });
  test('without a model the gate runs on its rules and scores nothing', () => {
    const rules = createGate({ policy, zone: 'onprem', hashSalt: 't', screenModel: null });
    const v = rules.screen('Soạn quyết định xử phạt ông Nguyễn Văn An vì lấn chiếm vỉa hè, mức phạt cao nhất.');
    expect(v.screen).toEqual({ scores: {}, margins: {}, uncertain: [] });
  });
});
