import { normalise, toOriginal, toneKey } from '../../../src/gate';
import { tokenise } from '../../../src/gate/tokens';

describe('normalise', () => {
  test('lower-cases, composes NFD and strips diacritics in the plain view, đ → d', () => {
    const n = normalise('Độ MẬT'.normalize('NFD'));
    expect(n.acc).toBe('độ mật');
    expect(n.plain).toBe('do mat');
    expect(n.acc.length).toBe(n.plain.length);
  });
  test('removes zero-width and other invisible characters', () => {
    expect(normalise('M\u200bẬ\u200cT\u2060\ufeff').acc).toBe('mật');
    expect(normalise('soft\u00adhyphen').plain).toBe('softhyphen');
  });
  test('folds full-width forms and look-alike Cyrillic letters', () => {
    expect(normalise('０９１２ＡＢ').plain).toBe('0912ab');
    expect(normalise('MАТ').plain).toBe('mat'); // Cyrillic А and Т
  });
  test('both tone placements give the same key (hòa = hoà)', () => {
    expect(toneKey('hòa')).toBe(toneKey('hoà'));
    expect(toneKey('thủy')).toBe(toneKey('thuỷ'));
    expect(toneKey('mật')).not.toBe(toneKey('mắt'));
  });
  test('maps spans of the normalised view back to the exact original text', () => {
    const original = 'Số: 0\u200b9\u200b1\u200b2 — Mật'.normalize('NFD');
    const n = normalise(original);
    const at = n.plain.indexOf('0912');
    const span = toOriginal(n, at, at + 4);
    expect(original.slice(span.start, span.end)).toBe('0\u200b9\u200b1\u200b2');
    const m = n.plain.indexOf('mat');
    const s2 = toOriginal(n, m, m + 3);
    expect(original.slice(s2.start, s2.end)).toBe('Mật'.normalize('NFD'));
  });
  test('upper-case flags follow the original letters', () => {
    const n = normalise('Nguyễn văn');
    expect(n.upper[0]).toBe(1);
    expect(n.upper[7]).toBe(0);
  });
});

describe('tokenise', () => {
  const words = (s: string): string[] => tokenise(normalise(s)).text;
  test('joins letters spaced or dotted out, word by word', () => {
    expect(words('T.Ố.I M.Ậ.T')).toEqual(['toi', 'mat']);
    expect(words('T U Y Ệ T  M Ậ T')).toEqual(['tuyet', 'mat']);
    expect(words('M-Ậ-T')).toEqual(['mat']);
  });
  test('keeps ordinary words and short abbreviations apart', () => {
    expect(words('ở xã A, B và C')).toEqual(['o', 'xa', 'a', 'b', 'va', 'c']);
    expect(words('mật khẩu')).toEqual(['mat', 'khau']);
  });
});
