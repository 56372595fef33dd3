import path from 'node:path';
import { createGate, loadGatePolicy } from '../../../src/gate';

const policy = loadGatePolicy(path.resolve(__dirname, '../../../policy/gate-policy.json'));
const gate = createGate({ policy, zone: 'external', hashSalt: 'salt' });

describe('redaction and restore', () => {
  const text = 'Ông Nguyễn Văn Hải, CCCD 001099012345, ĐT 0912 345 678, email hai.nv@gmail.com, trú tại thôn Đông, xã An Phú. '
    + 'Gọi lại ông Nguyễn Văn Hải theo số 0912345678.';
  const v = gate.screen(text);
  if (v.decision !== 'redact') throw new Error(`expected redact, got ${v.decision}`);

  test('spans are replaced by typed, numbered placeholders', () => {
    expect(v.text).toContain('[NGƯỜI_1]');
    expect(v.text).toContain('[CCCD_1]');
    expect(v.text).toContain('[SĐT_1]');
    expect(v.text).toContain('[EMAIL_1]');
    expect(v.text).toContain('[ĐỊA_CHỈ_1]');
    for (const secret of ['Nguyễn Văn Hải', '001099012345', '0912', 'hai.nv@gmail.com', 'thôn Đông']) expect(v.text).not.toContain(secret);
  });
  test('the same value gets the same placeholder, even written differently', () => {
    expect(v.text.match(/\[SĐT_\d\]/g)).toEqual(['[SĐT_1]', '[SĐT_1]']);
    expect(v.text.match(/\[NGƯỜI_\d\]/g)).toEqual(['[NGƯỜI_1]', '[NGƯỜI_1]']);
  });
  test('restore puts the original values back into a model reply', () => {
    // a value written twice in different forms comes back in its first form
    expect(v.restore(v.text)).toBe(text.replace('số 0912345678', 'số 0912 345 678'));
    expect(v.restore('Đã gửi thư cho [NGƯỜI_1] ([EMAIL_1]).')).toBe('Đã gửi thư cho Nguyễn Văn Hải (hai.nv@gmail.com).');
    expect(v.restore('Không có [CCCD_9].')).toBe('Không có [CCCD_9].');
  });
  test('detections point at the exact original spans', () => {
    for (const d of v.detections.filter((x) => x.kind === 'cccd')) expect(text.slice(d.start, d.end)).toBe('001099012345');
    for (const d of v.detections.filter((x) => x.kind === 'email')) expect(text.slice(d.start, d.end)).toBe('hai.nv@gmail.com');
  });
  test('the audit summary holds categories, counts and hashes, never the matched text', () => {
    const audit = JSON.stringify(v.audit);
    expect(v.audit.counts.personal_id).toBe(1);
    expect(v.audit.hashes.length).toBeGreaterThan(0);
    for (const secret of ['Hải', 'Hai', '001099012345', '0912345678', 'gmail']) expect(audit.toLowerCase()).not.toContain(secret.toLowerCase());
  });
  test('hashes are salted: another salt gives other hashes, the same salt the same', () => {
    const again = createGate({ policy, zone: 'external', hashSalt: 'salt' }).screen(text);
    const other = createGate({ policy, zone: 'external', hashSalt: 'pepper' }).screen(text);
    expect(again.audit.hashes).toEqual(v.audit.hashes);
    expect(other.audit.hashes).not.toEqual(v.audit.hashes);
  });
  test('allowed text comes back unchanged with an identity restore', () => {
    const a = gate.screen('Thủ tục cấp đổi giấy phép lái xe?');
    if (a.decision === 'block') throw new Error('unexpected');
    expect(a.text).toBe('Thủ tục cấp đổi giấy phép lái xe?');
    expect(a.restore('x [SĐT_1]')).toBe('x [SĐT_1]');
  });
  test('a block carries no text to send anywhere', () => {
    const b = gate.screen('TUYỆT MẬT\nPhương án bảo vệ.');
    expect(b.decision).toBe('block');
    expect('text' in b).toBe(false);
  });
});
