import { isUnaccented, normalizeText, stripDiacritics, syllables } from '../../../src/knowledge/normalize';
import { expandSynonyms } from '../../../src/knowledge/search/expand';
import { parseReference, soHieuKey } from '../../../src/knowledge/search/reference';

describe('Vietnamese normalisation', () => {
  it('unifies both tone placements of oa/oe/uy', () => {
    expect(normalizeText('hòa giải')).toBe(normalizeText('hoà giải'));
    expect(normalizeText('khỏe')).toBe(normalizeText('khoẻ'));
    expect(normalizeText('thủy lợi')).toBe(normalizeText('thuỷ lợi'));
  });

  it('leaves syllables with a final consonant alone', () => {
    expect(normalizeText('hoàng')).toBe('hoàng');
    expect(normalizeText('huỳnh')).toBe('huỳnh');
  });

  it('composes decomposed (NFD) input', () => {
    expect(normalizeText('Nghi\u0323 đi\u0323nh')).toBe('Nghị định');
  });

  it('strips every diacritic, đ included', () => {
    expect(stripDiacritics('Điều 7 Nghị định về bảo hiểm xã hội')).toBe('Dieu 7 Nghi dinh ve bao hiem xa hoi');
  });

  it('tells unaccented questions apart', () => {
    expect(isUnaccented('cong an xa co duoc phat khong')).toBe(true);
    expect(isUnaccented('công an xã có được phạt không')).toBe(false);
    expect(isUnaccented('123')).toBe(false);
  });

  it('splits into lower-case syllables, keeping numbers', () => {
    expect(syllables('Nghị định 13/2023/NĐ-CP')).toEqual(['nghị', 'định', '13', '2023', 'nđ', 'cp']);
  });
});

describe('abbreviations and synonyms', () => {
  it('expands an abbreviation to its full form', () => {
    expect(expandSynonyms(syllables('mức đóng BHXH'))).toContainEqual(['bảo', 'hiểm', 'xã', 'hội']);
  });

  it('expands a full form to its abbreviation', () => {
    expect(expandSynonyms(syllables('ủy ban nhân dân xã'))).toContainEqual(['ubnd']);
  });

  it('links everyday words to legal terms', () => {
    expect(expandSynonyms(syllables('không mang bằng lái'))).toContainEqual(['giấy', 'phép', 'lái', 'xe']);
  });

  it('works on questions typed without diacritics', () => {
    expect(expandSynonyms(syllables('muc dong bhxh'), true)).toContainEqual(['bao', 'hiem', 'xa', 'hoi']);
  });

  it('adds nothing when no phrase matches', () => {
    expect(expandSynonyms(syllables('thời hiệu khởi kiện'))).toEqual([]);
  });
});

describe('citations in questions', () => {
  it('reads article and document numbers, with or without accents', () => {
    expect(parseReference('Điều 7 Nghị định 13/2023/NĐ-CP quy định gì?')).toEqual({ article: '7', docKey: '13/2023' });
    expect(parseReference('dieu 15 luat 45/2019/QH14')).toEqual({ article: '15', docKey: '45/2019' });
    expect(parseReference('thủ tục ly hôn')).toBeUndefined();
  });

  it('keys số hiệu by number and year', () => {
    expect(soHieuKey('13/2023/NĐ-CP')).toBe('13/2023');
    expect(soHieuKey(undefined)).toBeUndefined();
  });
});
