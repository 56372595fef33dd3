import { canonical, isWellFormed, placementOf } from '../../../src/documents/spelling/syllable';
import { confusions } from '../../../src/documents/spelling/confusions';

describe('the structure of a Vietnamese syllable', () => {
  it('accepts syllables whose onset, rhyme and tone agree', () => {
    for (const w of ['nghiêng', 'quyết', 'giữ', 'gìn', 'giêng', 'khuỷu', 'người', 'hướng', 'xoáy', 'toán', 'hoàng', 'ươm', 'ạt', 'quý', 'khuya']) expect([w, isWellFormed(w)]).toEqual([w, true]);
  });

  it('rejects spellings the structure forbids: ngh/gh/k before a, c/ng before e, i; tones a stop rhyme cannot take; foreign rhymes', () => {
    for (const w of ['nghành', 'kam', 'ghà', 'cem', 'ngi', 'ảc', 'at', 'quyet', 'email', 'đắk']) expect([w, isWellFormed(w)]).toEqual([w, false]);
  });

  it('reads both tone placements as one syllable and tells them apart', () => {
    expect(canonical('hoà')).toBe('hòa');
    expect(canonical('Khoẻ')).toBe('khỏe');
    expect(canonical('thuỷ')).toBe('thủy');
    expect([placementOf('hoà'), placementOf('hòa'), placementOf('quý'), placementOf('toán')]).toEqual(['modern', 'traditional', undefined, undefined]);
  });

  it('knows the confusions of dialects: s/x, ch/tr, d/gi/r, l/n, hỏi/ngã, -c/-t, -n/-ng', () => {
    expect(confusions('sảy')).toContain('xảy');
    expect(confusions('chẻ')).toEqual(expect.arrayContaining(['trẻ', 'chẽ']));
    expect(confusions('dức')).toContain('dứt');
    expect(confusions('giải')).toEqual(expect.arrayContaining(['dải', 'rải']));
    expect(confusions('gì')).toEqual(expect.arrayContaining(['dì', 'rì']));
    expect(confusions('lăm')).toContain('năm');
    expect(confusions('tràn')).toContain('tràng');
  });
});
