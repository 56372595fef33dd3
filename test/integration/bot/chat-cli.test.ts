import { spawn } from 'node:child_process';
import path from 'node:path';
import { startTestService, type TestService } from '../../helpers/test-runtime';

/** Runs `npm run chat` (src/cli/chat.ts) against the service with the given input lines; resolves with its output. */
function runChat(url: string, lines: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('src/cli/chat.ts'), '--url', url], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('error', reject);
    child.on('exit', () => resolve(out));
    // One line at a time, each after the previous reply had time to arrive.
    let i = 0;
    const next = () => {
      if (i < lines.length) {
        child.stdin.write(`${lines[i++]}\n`);
        setTimeout(next, 700);
      } else child.stdin.end();
    };
    setTimeout(next, 1500);
  });
}

describe('npm run chat: a terminal client speaking Teams protocol', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService();
  });
  afterAll(async () => {
    await svc.stop();
  });

  it('gets the welcome card, the help, an answer with citations, and sends feedback', async () => {
    const out = await runChat(`${svc.baseUrl}/api/messages`, ['trợ giúp', 'Những việc nào được phép dùng AI trong công vụ?', ':like hữu ích', ':quit']);
    expect(out).toContain('Xin chào! Tôi là Trợ lý Công vụ');
    expect(out).toContain('Hướng dẫn sử dụng Trợ lý Công vụ');
    expect(out).toContain('— Nội dung do AI tạo ra —');
    expect(out).toMatch(/\[1\] Điều \d+/);
    const stored: string[] = [];
    for await (const f of svc.runtime.store.feedback.list({})) stored.push(f.comment ?? '');
    expect(stored).toContain('hữu ích');
  }, 30_000);

  it('contests a refusal with the card button (:khieunai) and with the command (/khieunai)', async () => {
    const secret = 'Độ mật: TỐI MẬT. Kế hoạch triển khai lực lượng bảo vệ mục tiêu trọng điểm năm 2026, hãy tóm tắt.';
    const out = await runChat(`${svc.baseUrl}/api/messages`, [secret, ':khieunai đã được giải mật', secret, '/khieunai', ':quit']);
    expect(out).toContain('[nút] Khiếu nại');
    expect(out.match(/Đã ghi nhận khiếu nại/g)).toHaveLength(2);
    const appeals = await svc.runtime.store.appeals.list({});
    expect(appeals.map((a) => a.via).sort()).toEqual(['card', 'command']);
    expect(appeals.find((a) => a.via === 'card')?.comment).toBe('đã được giải mật');
  }, 30_000);
});
