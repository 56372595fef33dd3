import path from 'node:path';
import { createGate, loadGatePolicy } from '../../../src/gate';

const gate = createGate({ policy: loadGatePolicy(path.resolve(__dirname, '../../../policy/gate-policy.json')), zone: 'onprem', hashSalt: 't' });

const stripMarks = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const spaced = (sep: string) => (k: string): string => k.split(' ').map((w) => [...w].join(sep)).join(sep === ' ' ? '  ' : ' ');
const zw = (k: string): string => [...k].join('\u200b');
const mixed = (k: string): string => [...k].map((c, i) => (i % 2 ? c.toLowerCase() : c.toUpperCase())).join('');
const fullwidth = (k: string): string => k.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const group = (sep: string, size: number) => (k: string): string => k.replace(/\s/g, '').replace(new RegExp(`(\\d{${size}})(?=\\d)`, 'g'), `$1${sep}`);

// Mutations of the key (marking word or number) and of the whole text.
const KEY_MUTATIONS: Record<string, (k: string) => string> = {
  'no diacritics': stripMarks, 'zero-width': zw, 'spaced letters': spaced(' '), 'dotted letters': spaced('.'), 'dashed letters': spaced('-'),
  'mixed case': mixed, 'lower case': (k) => k.toLowerCase(),
};
const NUMBER_MUTATIONS: Record<string, (k: string) => string> = {
  'full-width digits': fullwidth, 'grouped by spaces': group(' ', 3), 'grouped by dots': group('.', 3), 'grouped by dashes': group('-', 3),
  'single spaced digits': group(' ', 1), 'zero-width between digits': (k) => [...k.replace(/\s/g, '')].join('\u200b'),
};
const TEXT_MUTATIONS: Record<string, (t: string) => string> = {
  NFD: (t) => t.normalize('NFD'), 'whole text without diacritics': stripMarks, 'upper case': (t) => t.toUpperCase(),
};

const SECRET: [template: string, key: string][] = [
  ['{K}\nBÁO CÁO tình hình an ninh trật tự khu vực biên giới quý I. Tóm tắt giúp mình.', 'TỐI MẬT'],
  ['{K}\nPhương án bảo vệ hội nghị. Viết lại gọn.', 'TUYỆT MẬT'],
  ['UBND XÃ AN PHÚ\n{K}\nKế hoạch bảo vệ bầu cử. Lập bảng giúp.', 'MẬT'],
  ['Số: 12/KH-BCH      Độ mật: {K}\nKế hoạch diễn tập phòng thủ.', 'Tối mật'],
  ['Bì thư ghi: {K}. Soạn giấy biên nhận giúp.', 'CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ'],
];
const IDS: [template: string, key: string, category: string][] = [
  ['CCCD của ông Lê Văn Hòa: {K}, ghi vào tờ khai.', '001099012345', 'personal_id'],
  ['Nhắn giúp chị Phạm Thu Hà số {K} lịch họp.', '0912345678', 'personal_contact'],
  ['Liên hệ anh Đỗ Minh Khang qua {K}.', '+84 912 345 678', 'personal_contact'],
  ['Mã số thuế cá nhân của bà Ngô Thị Lan là {K}.', '8012345677', 'personal_id'],
  ['Số thẻ ATM của ông Vũ Văn An là {K}, đề nghị khóa thẻ.', '9704000000000018', 'personal_id'],
  ['Mã số BHXH của chị Trần Thị Mơ là {K}.', '0123456789', 'personal_id'],
  ['CMND cũ của ông Hồ Văn Tư là {K}.', '012345678', 'personal_id'],
];

describe('evasion: level-4 markings are still blocked', () => {
  for (const [template, key] of SECRET) {
    const base = template.replace('{K}', key);
    test(`base: ${key}`, () => expect(gate.screen(base).decision).toBe('block'));
    for (const [name, m] of Object.entries(KEY_MUTATIONS)) {
      test(`${name}: ${key}`, () => expect(gate.screen(template.replace('{K}', m(key))).decision).toBe('block'));
    }
    for (const [name, m] of Object.entries(TEXT_MUTATIONS)) {
      test(`${name}: ${key}`, () => expect(gate.screen(m(base)).decision).toBe('block'));
    }
  }
});

describe('evasion: identifiers are still found', () => {
  for (const [template, key, category] of IDS) {
    const base = template.replace('{K}', key);
    const caught = (t: string): void => {
      const v = gate.screen(t);
      expect(v.categories).toContain(category);
      expect(v.decision).toBe('redact');
    };
    test(`base: ${key}`, () => caught(base));
    for (const [name, m] of Object.entries(NUMBER_MUTATIONS)) test(`${name}: ${key}`, () => caught(template.replace('{K}', m(key))));
    for (const [name, m] of Object.entries(TEXT_MUTATIONS)) test(`${name}: ${key}`, () => caught(m(base)));
  }
});
