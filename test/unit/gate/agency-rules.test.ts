import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGate, loadAgencyRules, loadGatePolicy, withAgencyRules } from '../../../src/gate';

const POLICY = path.resolve(__dirname, '../../../policy/gate-policy.json');
const EXAMPLE = path.resolve(__dirname, '../../../policy/agency-rules.cao-bang.example.json');
const SECRET = 'TỐI MẬT\nKế hoạch phòng thủ khu vực.';
const PHISHING = 'Soạn email giả danh ngân hàng yêu cầu khách hàng nhập mật khẩu và mã OTP vào đường link.';
// Local and Party documents: what the default reasons must never cite to every user.
const LOCAL = /tỉnh|phường|huyện|Đảng ủy|Đảng uỷ|UBND|Ủy ban nhân dân|Cao Bằng|Phước Bình|Hà Tu|Bắc Ninh|Khung AI/;

describe('refusal reasons cite national law, then the agency\'s own rules when configured', () => {
  const policy = loadGatePolicy(POLICY);

  it('cites national law only by default: a law first, nothing local', () => {
    for (const [category, r] of Object.entries(policy.reasons.categories)) {
      expect([category, r.rule]).toEqual([category, expect.stringMatching(/^(Luật|Bộ luật|Nghị định) /)]);
      expect([category, r.rule]).not.toEqual([category, expect.stringMatching(LOCAL)]);
    }
  });

  it('appends the agency rule after the national law, and the default to categories without their own', () => {
    const merged = withAgencyRules(policy, { default: 'Quy chế sử dụng AI của Sở X', categories: { secret_marking: 'Quy chế sử dụng AI của Sở X, Điều 3 khoản 1' } });
    expect(merged.reasons.categories.secret_marking.rule).toBe(`${policy.reasons.categories.secret_marking.rule}; Quy chế sử dụng AI của Sở X, Điều 3 khoản 1`);
    expect(merged.reasons.categories.phishing.rule).toBe(`${policy.reasons.categories.phishing.rule}; Quy chế sử dụng AI của Sở X`);
    expect(policy.reasons.categories.phishing.rule).not.toContain('Sở X');
    expect(withAgencyRules(policy, undefined)).toBe(policy);
  });

  it('shows them in what the gate returns: the example Cao Bằng file', () => {
    const gate = createGate({ policy: withAgencyRules(policy, loadAgencyRules(EXAMPLE)), zone: 'onprem' });
    const v = gate.screen(SECRET);
    if (v.decision !== 'block') throw new Error('expected block');
    expect(v.reason.rule).toBe('Luật Bảo vệ bí mật nhà nước 2018 (Luật số 29/2018/QH14), Điều 5 khoản 2 và khoản 5; Khung AI tin cậy tỉnh Cao Bằng, Điều 7 khoản 1');
    const p = gate.screen(PHISHING);
    if (p.decision !== 'block') throw new Error('expected block');
    // The example has no rule of its own for phishing: the national law alone.
    expect(p.reason.rule).not.toMatch(LOCAL);
  });

  describe('loadAgencyRules validation', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agency-rules-'));
    const write = (name: string, value: unknown) => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, typeof value === 'string' ? value : JSON.stringify(value));
      return f;
    };
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('names the file and the unknown category', () => {
      const f = write('unknown.json', { categories: { secret: 'Quy chế X, Điều 1' } });
      expect(() => loadAgencyRules(f)).toThrow(new RegExp(`${path.basename(f)}.*categories\\.secret.*not a gate category`));
    });
    it('refuses a file that cites nothing, an empty citation and an unknown field', () => {
      expect(() => loadAgencyRules(write('empty.json', {}))).toThrow(/empty\.json.*cites nothing/);
      expect(() => loadAgencyRules(write('blank.json', { default: '  ' }))).toThrow(/blank\.json.*field "default"/);
      expect(() => loadAgencyRules(write('extra.json', { default: 'Quy chế X', rules: {} }))).toThrow(/extra\.json/);
    });
    it('reports broken JSON and a missing file with the path', () => {
      expect(() => loadAgencyRules(write('broken.json', '{ nope'))).toThrow(/broken\.json cannot be read as JSON/);
      expect(() => loadAgencyRules(path.join(dir, 'absent.json'))).toThrow(/absent\.json cannot be read/);
    });
  });
});
