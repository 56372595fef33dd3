import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createGate, loadGatePolicy } from '../../../src/gate';
import { startTestService, type TestService } from '../../helpers/test-runtime';

const root = path.resolve(__dirname, '../../..');
const STRICT = path.join(root, 'policy/gate-policy.strict.json');
const DEFAULT = path.join(root, 'policy/gate-policy.json');
// A sensitive personal fact (health) tied to a named person: Cao Bằng Điều 7 khoản 2 forbids it in any AI.
const SENSITIVE = 'Ông Bùi Văn Long đang điều trị ung thư phổi, viết giúp đơn xin trợ cấp khó khăn.';
const textOf = (replies: { activity: { text?: string } }[]) => replies.map((r) => r.activity.text ?? '').join('\n');

describe('the stricter Cao Bằng profile blocks sensitive personal data in both zones', () => {
  it.each(['onprem', 'external'] as const)('%s: blocked, where the default profile only redacts on-premises', (zone) => {
    expect(createGate({ policy: loadGatePolicy(STRICT), zone }).screen(SENSITIVE).decision).toBe('block');
  });

  it('the default profile is unchanged (redacted on-premises, blocked outside)', () => {
    expect(createGate({ policy: loadGatePolicy(DEFAULT), zone: 'onprem' }).screen(SENSITIVE).decision).toBe('redact');
    expect(createGate({ policy: loadGatePolicy(DEFAULT), zone: 'external' }).screen(SENSITIVE).decision).toBe('block');
  });

  it('the gate CLI with --policy policy/gate-policy.strict.json blocks it on-premises', () => {
    const r = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['src/cli/gate.ts', '--zone', 'onprem', '--policy', 'policy/gate-policy.strict.json'], {
      cwd: root, input: `${JSON.stringify({ id: 's1', text: SENSITIVE })}\n`, encoding: 'utf8', timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ id: 's1', decision: 'block', categories: expect.arrayContaining(['personal_sensitive']) });
  });

  describe('over HTTP with GATE_POLICY_PATH=policy/gate-policy.strict.json', () => {
    let svc: TestService;
    beforeAll(async () => {
      svc = await startTestService({ GATE_POLICY_PATH: STRICT, LLM_ZONE: 'onprem' });
    });
    afterAll(async () => {
      await svc?.stop();
    });

    it('refuses the message with the personal-data law and keeps nothing of it', async () => {
      const text = textOf(await svc.say(svc.identity(), SENSITIVE));
      expect(text).toContain('dữ liệu cá nhân nhạy cảm');
      expect(text).toContain('Luật Bảo vệ dữ liệu cá nhân 2025');
      const stored: string[] = [];
      for await (const e of svc.runtime.store.audit.list()) stored.push(JSON.stringify(e));
      expect(stored.join('\n')).not.toContain('ung thư');
      expect(stored.some((e) => e.includes('"outcome":"blocked"') && e.includes('personal_sensitive'))).toBe(true);
    });
  });
});
