import fs from 'node:fs';
import path from 'node:path';
import { summariseExtractive } from '../../../src/meetings/extractive-summary';
import { foldDiacritics as fold } from '../../../src/core/vietnamese';
import type { MeetingMinutes } from '../../../src/meetings/minutes';
import { renderMinutesMarkdown } from '../../../src/meetings/render-minutes';
import { parseTranscript } from '../../../src/meetings/transcript';

const fixtures = path.resolve(__dirname, '../../fixtures/meetings');
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');

// Assignments the chair gave in the ward meeting, as (owner, deadline, a word of the task).
const EXPECTED_TASKS: [string, string, string][] = [
  ['Phòng Tài chính – Kế hoạch', '15/12', 'nợ đọng thuế'],
  ['Phòng Kinh tế, Hạ tầng và Đô thị', '10/01/2027', 'thoát nước'],
  ['Phòng Kinh tế, Hạ tầng và Đô thị', 'tháng 12', 'nạo vét'],
  ['Công an phường', '05/12', 'kế hoạch cao điểm'],
  ['Văn phòng HĐND-UBND', '30/11/2026', 'Trung tâm Y tế'],
  ['Phòng Văn hóa – Xã hội', '15/12/2026', 'hộ nghèo'],
  ['các tổ trưởng tổ dân phố', '30/11', 'danh sách'],
  ['Phòng Văn hóa – Xã hội', '20/12', 'Tết sum vầy'],
  ['Ban Chỉ huy Quân sự phường', 'tháng 12', 'khám sức khỏe'],
  ['Văn phòng HĐND-UBND', '03 ngày làm việc', 'thông báo kết luận'],
];

function expectWardMeeting(m: MeetingMinutes): void {
  for (const [owner, deadline, words] of EXPECTED_TASKS) {
    const hit = m.tasks.find((t) => fold(t.owner) === fold(owner) && t.deadline.includes(deadline) && fold(t.task).includes(fold(words)));
    expect({ owner, deadline, words, found: Boolean(hit) }).toEqual({ owner, deadline, words, found: true });
  }
  expect(m.facts.time).toContain('20/11/2026');
  expect(m.facts.place).toContain('Hội trường UBND phường Hà Phong');
  expect(m.facts.chair).toContain('Nguyễn Văn Hùng');
  expect(m.facts.participants).toEqual(expect.arrayContaining(['Phạm Thu Hà', 'Lê Minh Tuấn', 'Bùi Thị Hạnh']));
  expect(m.conclusions.some((c) => c.includes('điểm hỗ trợ dịch vụ công trực tuyến'))).toBe(true);
  expect(m.openIssues.some((c) => c.includes('nợ đọng thuế'))).toBe(true);
  expect(m.openIssues.some((c) => c.includes('xin ý kiến'))).toBe(true);
  expect(m.mainPoints.length).toBeGreaterThanOrEqual(5);
  // Small talk stays out of the summary.
  expect([...m.mainPoints, ...m.conclusions].join(' ')).not.toMatch(/nghe rõ không|xin cảm ơn/);
}

describe('extractive biên bản', () => {
  it('summarises the 2-hour ward meeting (.txt): facts, assignments with owner and deadline, conclusions, open issues', () => {
    expectWardMeeting(summariseExtractive(parseTranscript(read('giao-ban-phuong-2-gio.txt'))));
  });

  it('gives the same assignments from the Teams .vtt export of the same meeting', () => {
    expectWardMeeting(summariseExtractive(parseTranscript(read('giao-ban-phuong-2-gio.vtt'))));
  });

  it('reads written minutes with a header (time, place, chair, participants)', () => {
    const m = summariseExtractive(parseTranscript(read('tiep-cong-dan-du-lieu-ca-nhan.txt')));
    expect(m.title).toMatch(/^BIÊN BẢN HỌP/);
    expect(m.facts.time).toBe('8 giờ 30 ngày 21/11/2026');
    expect(m.facts.place).toBe('Phòng tiếp công dân, UBND phường Hà Phong');
    expect(m.facts.chair).toContain('Trần Thị Mai');
    expect(m.tasks).toEqual(expect.arrayContaining([
      expect.objectContaining({ owner: 'Phòng Văn hóa – Xã hội', deadline: 'Trước ngày 05/12/2026' }),
      expect.objectContaining({ owner: 'Tổ trưởng tổ dân phố số 8', deadline: 'Trước ngày 28/11' }),
    ]));
    expect(m.openIssues.join(' ')).toContain('xin ý kiến UBND thành phố');
  });

  it('works on minutes typed without diacritics', () => {
    const text = fold(read('giao-ban-phuong-2-gio.txt'));
    const m = summariseExtractive(parseTranscript(text));
    expect(m.tasks.some((t) => t.owner.startsWith('phong tai chinh') && t.deadline.includes('15/12'))).toBe(true);
    expect(m.tasks.some((t) => t.owner === 'cong an phuong' && t.deadline.includes('05/12'))).toBe(true);
  });

  it('renders the biên bản in Markdown with the task table (Người thực hiện / Nội dung / Thời hạn)', () => {
    const md = renderMinutesMarkdown(summariseExtractive(parseTranscript(read('giao-ban-phuong-2-gio.txt'))));
    for (const heading of ['Thông tin chung', 'Nội dung chính', 'Kết luận', 'Phân công nhiệm vụ', 'Vấn đề còn tồn tại / cần xin ý kiến']) expect(md).toContain(heading);
    expect(md).toContain('| STT | Người thực hiện | Nội dung | Thời hạn |');
    expect(md).toMatch(/\| Phòng Tài chính – Kế hoạch \| [^|]*nợ đọng thuế[^|]* \| Trước ngày 15\/12 \|/);
  });
});
