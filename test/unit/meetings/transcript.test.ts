import fs from 'node:fs';
import path from 'node:path';
import { splitSentences, splitText } from '../../../src/meetings/sentences';
import { parsePlainText, parseTranscript, parseVtt } from '../../../src/meetings/transcript';

const fixtures = path.resolve(__dirname, '../../fixtures/meetings');

describe('transcript parsing', () => {
  it('reads Teams WEBVTT cues with <v Speaker> and merges consecutive cues of one speaker', () => {
    const vtt = 'WEBVTT\n\nabc/1-0\n00:00:01.000 --> 00:00:03.000\n<v Nguyễn Văn Hùng>Chào các đồng chí.</v>\n\nabc/2-0\n00:00:03.000 --> 00:00:05.000\n<v Nguyễn Văn Hùng>Bắt đầu họp.</v>\n\nabc/3-0\n00:00:05.000 --> 00:00:07.000\n<v Trần Thị Mai>Xin báo cáo.</v>\n';
    const t = parseVtt(vtt);
    expect(t.utterances).toEqual([
      { speaker: 'Nguyễn Văn Hùng', text: 'Chào các đồng chí. Bắt đầu họp.' },
      { speaker: 'Trần Thị Mai', text: 'Xin báo cáo.' },
    ]);
    expect(t.speakers).toEqual(['Nguyễn Văn Hùng', 'Trần Thị Mai']);
  });

  it('reads the same meeting from .vtt and .txt with the same speakers', () => {
    const vtt = parseTranscript(fs.readFileSync(path.join(fixtures, 'giao-ban-phuong-2-gio.vtt'), 'utf8'));
    const txt = parseTranscript(fs.readFileSync(path.join(fixtures, 'giao-ban-phuong-2-gio.txt'), 'utf8'));
    expect(vtt.speakers).toHaveLength(10);
    expect(txt.speakers).toEqual(vtt.speakers);
  });

  it('treats "Label: value" header lines and bullets as minutes, not speaker turns', () => {
    const t = parsePlainText('Thời gian: 8 giờ ngày 21/11/2026\n- Phòng Tài chính – Kế hoạch: rà soát dự toán trước 15/12\nTrần Thị Mai: Tôi đồng ý.');
    expect(t.utterances[0].speaker).toBeUndefined();
    expect(t.utterances[1].speaker).toBeUndefined();
    expect(t.utterances[2].speaker).toBe('Trần Thị Mai');
  });

  it('splits sentences without breaking dates, amounts or abbreviations', () => {
    expect(splitText('Thu đạt 41,2 tỷ đồng, bằng 1.245 hồ sơ ngày 15/11. Tại TP. Hạ Long đã xong. Còn vướng mắc!')).toEqual([
      'Thu đạt 41,2 tỷ đồng, bằng 1.245 hồ sơ ngày 15/11.',
      'Tại TP. Hạ Long đã xong.',
      'Còn vướng mắc!',
    ]);
    const s = splitSentences(parsePlainText('Lê Minh Tuấn: Em xin báo cáo. Không có vụ việc.'));
    expect(s.map((x) => x.speaker)).toEqual(['Lê Minh Tuấn', 'Lê Minh Tuấn']);
  });
});
