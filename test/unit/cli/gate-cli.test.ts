import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function run(args: string[], input: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(tsx, ['src/cli/gate.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const lines = [
  { id: 'l1', text: 'Mức phạt vượt đèn đỏ với xe máy là bao nhiêu?' },
  { id: 'l2', text: 'LƯU HÀNH NỘI BỘ\nBáo cáo kiểm tra văn thư quý I.' },
  { id: 'l3', text: 'CCCD của ông Lê Văn Tám là 001099012345.' },
  { id: 'l4', text: 'T.Ố.I M.Ậ.T\nKế hoạch phòng thủ.' },
].map((l) => JSON.stringify(l)).join('\n');

describe('gate command line', () => {
  test('writes one {id, decision, level, categories} line per input line, by zone', () => {
    const ext = run(['--zone', 'external'], `${lines}\n`);
    expect(ext.status).toBe(0);
    const out = ext.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; decision: string; level: number; categories: string[] });
    expect(out.map((o) => [o.id, o.decision, o.level])).toEqual([['l1', 'allow', 1], ['l2', 'block', 2], ['l3', 'redact', 3], ['l4', 'block', 4]]);
    expect(out[2].categories).toContain('personal_id');
    const on = run(['--zone', 'onprem'], lines);
    expect(on.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { decision: string }).decision)).toEqual(['allow', 'allow', 'redact', 'block']);
  });
  test('a bad line gives an error object for that line and a message on stderr, and the rest goes on', () => {
    const r = run(['--zone', 'onprem'], `{"id":"a","text":"xin chào"}\nnot json\n{"id":7}\n{"id":"b","text":"TUYỆT MẬT\\nx"}\n`);
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(4);
    expect(out[1]).toMatchObject({ id: null, line: 2, error: 'invalid JSON' });
    expect(out[2]).toMatchObject({ id: 7, line: 3 });
    expect(out[3]).toMatchObject({ id: 'b', decision: 'block' });
    expect(r.stderr).toMatch(/line 2: invalid JSON/);
  });
  test('the strict policy file is accepted with --policy', () => {
    const r = run(['--zone', 'onprem', '--policy', 'policy/gate-policy.strict.json'], lines);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { decision: string }).decision)[1]).toBe('block');
  });
  test('a missing or wrong zone is refused with a message', () => {
    const r = run([], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--zone must be onprem or external/);
  });
});
