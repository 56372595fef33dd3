import path from 'node:path';
import { createGate, loadGatePolicy } from '../../../src/gate';

const gate = createGate({ policy: loadGatePolicy(path.resolve(__dirname, '../../../policy/gate-policy.json')), zone: 'external', hashSalt: 't' });

// deterministic pseudo-random text mixing Vietnamese, digits, marks, invisible and astral characters
let seed = 7;
const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const PIECES = ['mật', 'MẬT', 'Nguyễn Văn An', '0912 345 678', '001099012345', '\u0301', '\u200b', '😀', '\ud800', '\n', ' ', '.', '(', ')', 'Độ mật:', 'tối', 'ông', '@', 'a@b.vn', '２９Ａ-１２３.４５', 'thôn Đông', 'trú tại', '–', '"'];

describe('the gate never throws and always maps spans inside the original', () => {
  test('on 500 random texts', () => {
    for (let k = 0; k < 500; k++) {
      let text = '';
      const n = rnd(40);
      for (let i = 0; i < n; i++) text += PIECES[rnd(PIECES.length)];
      const v = gate.screen(text);
      for (const d of v.detections) {
        expect(d.start).toBeGreaterThanOrEqual(0);
        expect(d.end).toBeLessThanOrEqual(text.length);
        expect(d.start).toBeLessThanOrEqual(d.end);
      }
      if (v.decision !== 'block') expect(v.restore(v.text)).toEqual(expect.any(String));
    }
  });
  test('on empty and whitespace-only text', () => {
    expect(gate.screen('').decision).toBe('allow');
    expect(gate.screen(' \n\t\u200b ').decision).toBe('allow');
  });
  test('on a 200 KB transcript with a marking in the middle', () => {
    const filler = 'Phòng Kinh tế báo cáo tiến độ giải ngân đạt 62% kế hoạch.\n'.repeat(1800);
    const v = gate.screen(`${filler}TỐI MẬT\n${filler}`, { source: 'transcript' });
    expect(v.decision).toBe('block');
    const d = v.detections.find((x) => x.category === 'secret_marking')!;
    expect(`${filler}TỐI MẬT\n${filler}`.slice(d.start, d.end)).toBe('TỐI MẬT');
  });
});
