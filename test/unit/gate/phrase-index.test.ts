import { normalise } from '../../../src/gate';
import { tokenise } from '../../../src/gate/tokens';
import { createPhraseIndex, createPhraseSet } from '../../../src/gate/phrase-index';

const index = createPhraseIndex({ MARK: ['mật'], STMT: ['tài liệu mật'], PLACE: ['hòa bình'] });
const phrases = (text: string): string[] => {
  const n = normalise(text);
  return index.match(n, tokenise(n)).map((h) => `${h.tag}:${n.plain.slice(h.start, h.end)}`).sort();
};

describe('syllable phrase matching', () => {
  test('matches whole syllables only, never inside a longer word', () => {
    expect(phrases('matkhau va mậtong')).toEqual([]);
    expect(phrases('tài liệu mật')).toEqual(['MARK:mat', 'STMT:tai lieu mat']);
  });
  test('text typed without diacritics matches; different diacritics do not', () => {
    expect(phrases('tai lieu mat')).toEqual(['MARK:mat', 'STMT:tai lieu mat']);
    expect(phrases('đau mắt, trời mát, mặt trời')).toEqual([]);
  });
  test('both tone placements match (hòa / hoà), in any case', () => {
    expect(phrases('HOÀ BÌNH')).toEqual(['PLACE:hoa binh']);
    expect(phrases('Hòa Bình')).toEqual(['PLACE:hoa binh']);
  });
  test('a phrase never spans a line or sentence break', () => {
    expect(phrases('tài liệu\nmật')).toEqual(['MARK:mat']);
    expect(phrases('tài liệu. Mật')).toEqual(['MARK:mat']);
  });
  test('letter-spaced and dotted words are matched as words', () => {
    expect(phrases('T.À.I L.I.Ệ.U M Ậ T')).toEqual(['MARK:m a t', 'STMT:t.a.i l.i.e.u m a t']);
  });
});

describe('context phrase sets', () => {
  const set = createPhraseSet(['ông', 'đồng chí']);
  const n = normalise('Mời đồng chí Lê Văn An và ông Bình');
  const t = tokenise(n);
  test('finds a context word ending right before a token', () => {
    expect(set.endingAt(n, t, 3)).toBe(2); // "đồng chí" before "Lê"
    expect(set.endingAt(n, t, 1)).toBe(0);
  });
  test('looks inside a window of the text', () => {
    expect(set.within(n, t, 0, 12)).toBe(true);
    expect(set.within(n, t, 14, 26)).toBe(false);
  });
});
