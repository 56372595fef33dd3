import path from 'node:path';
import { createGate, loadGatePolicy, validators as v } from '../../../src/gate';

describe('identifier validators', () => {
  test('CCCD: 12 digits, a real province code and a century/sex digit', () => {
    expect(v.isCccd('001099012345')).toBe(true);
    expect(v.isCccd('079185000123')).toBe(true);
    expect(v.isCccd('003099012345')).toBe(false); // 003 is not a province code
    expect(v.isCccd('097099012345')).toBe(false); // beyond 096
    expect(v.isCccd('001899012345')).toBe(false); // century/sex digit 8 is not issued
    expect(v.isCccd('00109901234')).toBe(false);
  });
  test('CMND: 9 digits with a former province prefix', () => {
    expect(v.isCmnd('012345678')).toBe(true);
    expect(v.isCmnd('991234567')).toBe(false);
    expect(v.isCmnd('01234567')).toBe(false);
  });
  test('passport: one letter and seven digits', () => {
    expect(v.isPassport('C1234567')).toBe(true);
    expect(v.isPassport('C123456')).toBe(false);
    expect(v.isPassport('12345678')).toBe(false);
  });
  test('phones: mobile prefixes, +84/84 forms and 02x landlines; hotlines are not phones', () => {
    for (const p of ['0912345678', '0387370834', '0567123456', '0708123456', '0812345678', '84912345678', '02438253536']) expect(v.isPhone(p)).toBe(true);
    for (const p of ['0112345678', '091234567', '09123456789', '0612345678', '1900215800']) expect(v.isPhone(p)).toBe(false);
    for (const h of ['113', '1022', '19002158', '18001091']) expect(v.isHotline(h)).toBe(true);
    expect(v.isHotline('0912345678')).toBe(false);
  });
  test('BHYT card: 2 letters, benefit digit 1–5, 2-digit province, 10 digits', () => {
    expect(v.isBhyt('DN4010123456789')).toBe(true);
    expect(v.isBhyt('DN9010123456789')).toBe(false);
    expect(v.isBhyt('DN401012345678')).toBe(false);
  });
  test('personal tax code: check digit with weights 31,29,23,19,17,13,7,5,3 mod 11', () => {
    for (const t of ['8012345677', '0301234562', '0123456787', '8456789018', '0301234562-001']) expect(v.isTaxCode(t)).toBe(true);
    for (const t of ['8012345678', '0301234563', '012345678', 'abcdefghij']) expect(v.isTaxCode(t)).toBe(false);
  });
  test('bank cards: Luhn and a scheme prefix', () => {
    expect(v.luhn('4111111111111111')).toBe(true);
    expect(v.luhn('4111111111111112')).toBe(false);
    expect(v.isCardNumber('9704000000000018')).toBe(true);
    expect(v.isCardNumber('5123456789012346')).toBe(true);
    expect(v.isCardNumber('9704000000000019')).toBe(false);
    expect(v.isCardNumber('1234567890123452')).toBe(false);
  });
  test('licence plates', () => {
    for (const p of ['29A-123.45', '51F1-234.56', '30E-12345', '29A12345', '43A-1234']) expect(v.isPlate(p)).toBe(true);
    for (const p of ['05A-123.45', '29-123.45', '29A-12']) expect(v.isPlate(p)).toBe(false);
  });
});

describe('look-alike numbers do not make a message personal', () => {
  // the detectors on their own: this is about numbers (the learned screen's readings are measured in aggregate)
  const gate = createGate({ policy: loadGatePolicy(path.resolve(__dirname, '../../../policy/gate-policy.json')), zone: 'external', hashSalt: 't', screenModel: null });
  test.each([
    'Tóm tắt Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.',
    'Mức hỗ trợ 250.000 đ/người, tổng 1.850.000.000 đồng, áp dụng từ 16/3/2026.',
    'Gọi 113 khi có cháy, 1022 để phản ánh, tổng đài 1900 2158 hỗ trợ dịch vụ công.',
    'Quyết định số 127/QĐ-TTg ngày 26/01/2021; Thông tư 59/2021/TT-BCA.',
    'Dân số 1.234.567 người, diện tích 3.250,5 km², mã bưu chính 100000.',
    'Công văn số 557/BKHCN-CĐSQG ngày 31/3/2025 hướng dẫn sử dụng chatbot.',
  ])('%s', (text) => {
    const verdict = gate.screen(text);
    expect(verdict.decision).toBe('allow');
    expect(verdict.detections.filter((d) => d.category === 'personal_id' || d.category === 'personal_contact')).toEqual([]);
  });
});
