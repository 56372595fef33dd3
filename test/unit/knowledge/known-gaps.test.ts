import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gapsIn, loadKnownGaps } from '../../../src/knowledge/load/known-gaps';

const SHIPPED = path.resolve(__dirname, '../../../knowledge/chu-de-chua-co.json');

describe('subjects the knowledge is known to lack', () => {
  const gaps = loadKnownGaps(SHIPPED);

  it('are read from the shipped list', () => {
    expect(gaps.map((g) => g.law)).toEqual(expect.arrayContaining(['Luật Cán bộ, công chức', 'Luật Căn cước 2023', 'Luật Cư trú 2020']));
  });

  it('are recognised in a question with or without diacritics, on whole words only', () => {
    expect(gapsIn('Thủ tục cấp lại thẻ căn cước khi bị mất?', gaps)).toEqual(['Luật Căn cước 2023']);
    expect(gapsIn('dang ky tam tru online the nao', gaps)).toEqual(['Luật Cư trú 2020']);
    // "lưu trú" is a cue of residence; "lưu trữ" (archives) is not.
    expect(gapsIn('Thời hạn lưu trữ hồ sơ kế toán là bao lâu?', gaps)).toEqual([]);
    expect(gapsIn('Lao động nữ nghỉ thai sản bao lâu?', gaps)).toEqual([]);
  });

  it('are not read into a word that only labels a person\'s identifier', () => {
    const asked = 'Giám sát đổ chất nạo vét luồng hàng hải được quy định thế nào?';
    expect(gapsIn(`Công dân có CCCD 001099012345, điện thoại 0912 345 678 hỏi: ${asked}`, gaps)).toEqual([]);
    expect(gapsIn(`Ông A, căn cước số [CCCD_1], hỏi: ${asked}`, gaps)).toEqual([]);
    expect(gapsIn('Tôi có CCCD 001099012345 bị mất, làm lại CCCD ở đâu?', gaps)).toEqual(['Luật Căn cước 2023']);
  });

  it('are none when the file is absent, and a malformed file stops with its name and field', () => {
    expect(loadKnownGaps(path.join(os.tmpdir(), 'no-such-gaps.json'))).toEqual([]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gaps-'));
    const bad = path.join(dir, 'gaps.json');
    fs.writeFileSync(bad, JSON.stringify({ subjects: [{ law: 'Luật X', cues: [] }] }));
    expect(() => loadKnownGaps(bad)).toThrow(/gaps\.json: subjects\.0\.cues/);
  });
});
