import { spawn } from 'node:child_process';
import path from 'node:path';
import { startTestService, type TestService } from '../../helpers/test-runtime';
import { readFixture } from '../meetings/support';

/**
 * Runs `npm run chat` (src/cli/chat.ts) against the service; each chunk is written at once (a chunk of several lines is a
 * paste), `gapMs` after the previous one. Resolves with the client's output.
 */
function runChat(url: string, chunks: string[], gapMs = 700): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('src/cli/chat.ts'), '--url', url], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('error', reject);
    child.on('exit', () => resolve(out));
    let i = 0;
    const next = () => {
      if (i < chunks.length) {
        child.stdin.write(`${chunks[i++]}\n`);
        setTimeout(next, gapMs);
      } else child.stdin.end();
    };
    setTimeout(next, 1500);
  });
}

const times = (text: string, phrase: string) => text.split(phrase).length - 1;
const SUMMARY = 'BIÊN BẢN TÓM TẮT CUỘC HỌP';
const USAGE = 'Để tóm tắt cuộc họp, hãy gõ';
const BOT = '\nTrợ lý: ';

describe('npm run chat: a terminal client speaking Teams protocol', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService();
  });
  afterAll(async () => {
    await svc.stop();
  });

  it('gets the welcome card, the help, an answer with citations, and sends feedback with an acknowledgement', async () => {
    const out = await runChat(`${svc.baseUrl}/api/messages`, ['trợ giúp', 'Những việc nào được phép dùng AI trong công vụ?', ':like hữu ích', ':quit']);
    expect(times(out, 'Xin chào! Tôi là Trợ lý Công vụ')).toBe(1);
    expect(times(out, 'Hướng dẫn sử dụng Trợ lý Công vụ')).toBe(1);
    expect(out).toContain('— Nội dung do AI tạo ra —');
    expect(out).toMatch(/\[1\] Điều \d+/);
    expect(out).toMatch(/\(đã gửi đánh giá "Thích" cho câu trả lời [0-9a-f-]{8}\) Cảm ơn bạn đã đánh giá câu trả lời\./);
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

  it('sends a pasted meeting after "/tomtat " as one message, and gets one summary', async () => {
    const out = await runChat(`${svc.baseUrl}/api/messages`, [`/tomtat ${readFixture('giao-ban-phuong-2-gio.txt')}`, ':quit']);
    expect(times(out, SUMMARY)).toBe(1);
    expect(out).not.toContain(USAGE);
    // The welcome and the summary: no reply for each pasted line.
    expect(times(out, BOT)).toBe(2);
  }, 60_000);

  it('collects a :paste … :end block typed line by line into one message', async () => {
    const lines = readFixture('giao-ban-phuong-2-gio.txt').split('\n').slice(0, 12);
    const out = await runChat(`${svc.baseUrl}/api/messages`, [':paste', '/tomtat', ...lines, ':end', ':quit'], 250);
    expect(out).toContain('(đang nhận nhiều dòng');
    expect(times(out, SUMMARY)).toBe(1);
    expect(times(out, BOT)).toBe(2);
    expect(out).not.toContain(USAGE);
  }, 60_000);
});
