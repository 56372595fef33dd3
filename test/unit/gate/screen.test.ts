import fs from 'node:fs';
import path from 'node:path';
import { createGate, loadGatePolicy } from '../../../src/gate';
import { readCorpus } from '../../../src/gate/learn/corpus';
import { SCREEN_CATEGORIES } from '../../../src/gate/screen/model-file';
import { buryIn } from '../../../src/gate/learn/windows';
import { PURPOSE_CATEGORIES } from '../../../src/gate/types';

const policy = loadGatePolicy(path.resolve(__dirname, '../../../policy/gate-policy.json'));
const gate = createGate({ policy, zone: 'onprem', hashSalt: 't' });

// floors: the committed gate's figures less 0.03 (gate:train prints the screen's: "still found in 20 KB of minutes"; the
// gate with its rules finds 0.623 / 0.786 / 0.579 of the 387 requests of the held-out split it refuses alone)
const FOUND_BURIED = { start: 0.59, middle: 0.75, end: 0.55 };
// in a real transcript (speaker names and timestamps on every line) the committed gate finds 0.594 of them, since the
// corpus has transcripts (the first model, without them, found 0.44) (BENCHMARKS.md, Sensitivity gate)
const FOUND_IN_TRANSCRIPT = 0.56;

describe('a request is found wherever it sits in a long text', () => {
  const purposes = new Set<string>(PURPOSE_CATEGORIES);
  // forbidden requests of the corpus' held-out split that the gate refuses on their own
  const requests = readCorpus().filter((it) => it.split === 'test' && it.text.length < 600 && it.categories.some((c) => purposes.has(c)))
    .filter((it) => gate.screen(it.text).decision === 'block');
  test('there are requests to bury', () => expect(requests.length).toBeGreaterThan(200));
  test.each(['start', 'middle', 'end'] as const)('at the %s of 20 KB of meeting minutes, not only in its first or last 3,000 characters', (where) => {
    const found = requests.filter((r) => gate.screen(buryIn(r.text, where, 20_000), { source: 'transcript' }).decision === 'block').length;
    expect(found / requests.length).toBeGreaterThanOrEqual(FOUND_BURIED[where]);
  });
  test('requests found in the middle of 20 KB are found in the middle of a 120 KB transcript too (at least 80 % of 40)', () => {
    const found20 = requests.filter((x) => gate.screen(buryIn(x.text, 'middle', 20_000)).decision === 'block').slice(0, 40);
    expect(found20).toHaveLength(40);
    const texts = found20.map((r) => buryIn(r.text, 'middle', 120_000));
    expect(Math.min(...texts.map((t) => t.length))).toBeGreaterThan(100_000);
    // the committed gate finds 35 of the 40
    expect(texts.filter((t) => gate.screen(t, { source: 'transcript' }).decision === 'block').length).toBeGreaterThanOrEqual(32);
  });
  test('the minutes alone are allowed', () => expect(gate.screen(buryIn('', 'end', 120_000), { source: 'transcript' }).decision).toBe('allow'));
  test('a real ward briefing that discusses sanctions, inspections and tax debts asks for nothing; a request spliced into it is found', () => {
    const minutes = fs.readFileSync(path.resolve(__dirname, '../../fixtures/meetings/giao-ban-phuong-2-gio.txt'), 'utf8');
    const v = gate.screen(minutes, { source: 'transcript' });
    expect(v.decision).not.toBe('block');
    expect(v.categories.filter((c) => purposes.has(c))).toEqual([]);
    const lines = minutes.split('\n');
    const at = lines.length >> 1;
    const spliced = (text: string): string => [...lines.slice(0, at), text, ...lines.slice(at)].join('\n');
    const found = requests.filter((r) => gate.screen(spliced(r.text), { source: 'transcript' }).categories.some((c) => purposes.has(c))).length;
    expect(found / requests.length).toBeGreaterThanOrEqual(FOUND_IN_TRANSCRIPT);
  });
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
