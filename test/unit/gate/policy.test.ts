import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGate, loadGatePolicy } from '../../../src/gate';

const POLICY = path.resolve(__dirname, '../../../policy/gate-policy.json');
const STRICT = path.resolve(__dirname, '../../../policy/gate-policy.strict.json');

const L2 = 'LƯU HÀNH NỘI BỘ\nBáo cáo kết quả kiểm tra công tác văn thư quý I. Tóm tắt 3 ý.';
const NAME = 'Soạn thư mời ông Nguyễn Văn Hải dự họp tổ dân phố.';
const ID = 'CCCD của bà Phạm Thị Lan là 001185012345.';
const SENSITIVE = 'Ông Bùi Văn Long đang điều trị ung thư phổi, viết đơn xin trợ cấp.';
const L4 = 'TỐI MẬT\nKế hoạch phòng thủ khu vực.';
const PURPOSE = 'Soạn quyết định xử phạt ông Trần Văn Quý vì đổ phế thải, phạt mức cao nhất có thể.';
const L2_WITH_NAME = 'Danh sách nâng lương (chưa trình Hội đồng): Lê Văn Tám, Đinh Thị Vân. Lập bảng.';

describe('decision table of the default policy', () => {
  const policy = loadGatePolicy(POLICY);
  const on = createGate({ policy, zone: 'onprem' });
  const ex = createGate({ policy, zone: 'external' });
  test.each([
    ['level 1', 'Thủ tục đăng ký kết hôn gồm những gì?', 'allow', 'allow', 1],
    ['level 2', L2, 'allow', 'block', 2],
    ['person_name only', NAME, 'allow', 'redact', 3],
    ['other level 3', ID, 'redact', 'redact', 3],
    ['personal_sensitive', SENSITIVE, 'redact', 'block', 3],
    ['level 4', L4, 'block', 'block', 4],
    ['forbidden purpose', PURPOSE, 'block', 'block', 3],
    ['name beside level-2 content stays level 2', L2_WITH_NAME, 'allow', 'block', 2],
  ])('%s', (_name, text, onprem, external, level) => {
    const a = on.screen(text);
    const b = ex.screen(text);
    expect([a.decision, b.decision, a.level]).toEqual([onprem, external, level]);
  });
  test('level 2 on-premises is allowed with a notice naming the rule', () => {
    const v = on.screen(L2);
    expect(v.decision).toBe('allow');
    if (v.decision === 'block') throw new Error('unexpected');
    expect(v.notice?.rule).toMatch(/Điều/);
    expect(v.text).toBe(L2);
  });
  test('a block carries the reason, the rule (document and article) and an alternative, in Vietnamese', () => {
    const v = ex.screen(L4);
    if (v.decision !== 'block') throw new Error('expected block');
    expect(v.reason.message).toMatch(/mật/);
    expect(v.reason.rule).toBe('Luật Bảo vệ bí mật nhà nước 2018 (Luật số 29/2018/QH14), Điều 5 khoản 2 và khoản 5');
    expect(v.reason.alternative.length).toBeGreaterThan(10);
  });
  test('the reason is worded for the source', () => {
    const v = on.screen(L4, { source: 'transcript' });
    if (v.decision !== 'block') throw new Error('expected block');
    expect(v.reason.message).toMatch(/^Bản ghi cuộc họp/);
  });
  test('a forbidden purpose names the national law (Luật Trí tuệ nhân tạo 2025)', () => {
    const v = on.screen(PURPOSE);
    if (v.decision !== 'block') throw new Error('expected block');
    expect(v.reason.rule).toMatch(/^Luật Trí tuệ nhân tạo 2025 \(Luật số 134\/2025\/QH15\)/);
  });
});

describe('the stricter Cao Bằng profile (level 2 blocked in both zones)', () => {
  const strict = loadGatePolicy(STRICT);
  test.each(['onprem', 'external'] as const)('%s blocks level 2', (zone) => {
    const g = createGate({ policy: strict, zone });
    expect(g.screen(L2).decision).toBe('block');
    expect(g.screen(L2_WITH_NAME).decision).toBe('block');
  });
  test('the rest of the table is unchanged', () => {
    const g = createGate({ policy: strict, zone: 'onprem' });
    expect(g.screen(NAME).decision).toBe('allow');
    expect(g.screen(ID).decision).toBe('redact');
  });
});

describe('loadGatePolicy validation', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gate-policy-'));
  const write = (name: string, value: unknown): string => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, typeof value === 'string' ? value : JSON.stringify(value));
    return f;
  };
  const base = JSON.parse(fs.readFileSync(POLICY, 'utf8')) as Record<string, unknown> & { zones: { onprem: Record<string, string> } };
  fs.copyFileSync(path.resolve(__dirname, '../../../policy/gate-reasons.vi.json'), path.join(dir, 'gate-reasons.vi.json'));
  test('a valid copy loads', () => {
    expect(loadGatePolicy(write('ok.json', base)).zones.external.internal_marking).toBe('block');
  });
  test('an unknown action names the file and the field', () => {
    const bad = structuredClone(base);
    bad.zones.onprem.internal_marking = 'maybe';
    const f = write('bad-action.json', bad);
    expect(() => loadGatePolicy(f)).toThrow(new RegExp(`${path.basename(f)}.*zones\\.onprem\\.internal_marking`));
  });
  test('a missing category is reported', () => {
    const bad = structuredClone(base);
    delete bad.zones.onprem.hacking;
    expect(() => loadGatePolicy(write('missing.json', bad))).toThrow(/zones\.onprem\.hacking/);
  });
  test('broken JSON and a missing file are reported with the path', () => {
    expect(() => loadGatePolicy(write('broken.json', '{ not json'))).toThrow(/broken\.json is not valid JSON/);
    expect(() => loadGatePolicy(path.join(dir, 'absent.json'))).toThrow(/absent\.json cannot be read/);
  });
  test('an invalid reasons file names that file', () => {
    const reasons = JSON.parse(fs.readFileSync(path.join(dir, 'gate-reasons.vi.json'), 'utf8')) as { categories: Record<string, { rule: string }> };
    reasons.categories.phishing.rule = '';
    write('bad-reasons.vi.json', reasons);
    const f = write('uses-bad-reasons.json', { ...base, reasonsFile: 'bad-reasons.vi.json' });
    expect(() => loadGatePolicy(f)).toThrow(/bad-reasons\.vi\.json.*categories\.phishing\.rule/);
  });
});
