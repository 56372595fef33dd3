import { spawn } from 'node:child_process';
import path from 'node:path';
import { startTestService, type TestService } from '../../helpers/test-runtime';
import zaloStrings from '../../../src/zalo/messages.vi.json';
import { freePort } from '../../helpers/free-port';

const SECRET = 'zalo-webhook-secret-for-tests';

/** Runs `npm run chat -- --channel zalo` against the service, one line every `gapMs`; resolves with its output. */
function runZaloChat(url: string, port: number, env: Record<string, string>, lines: string[], gapMs = 900): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('src/cli/chat.ts'), '--channel', 'zalo', '--zalo-port', String(port), '--url', url], {
      stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env },
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('error', reject);
    child.on('exit', () => resolve(out));
    let i = 0;
    const next = () => {
      if (i < lines.length) {
        child.stdin.write(`${lines[i++]}\n`);
        setTimeout(next, gapMs);
      } else child.stdin.end();
    };
    setTimeout(next, 2000);
  });
}

describe('npm run chat -- --channel zalo', () => {
  let svc: TestService;
  let port: number;
  let env: Record<string, string>;
  beforeAll(async () => {
    port = await freePort();
    env = { ZALO_BOT_TOKEN: 'local:token', ZALO_WEBHOOK_SECRET: SECRET, ZALO_API_BASE_URL: `http://127.0.0.1:${port}` };
    svc = await startTestService(env);
  }, 60_000);
  afterAll(async () => {
    await svc?.stop();
  });

  it('posts Zalo updates with the secret and prints what the bot sends through the local Bot API', async () => {
    const out = await runZaloChat(`${svc.baseUrl}/api/zalo`, port, env, ['Những việc nào được phép dùng AI trong công vụ?', '👍 rõ ràng', ':quit']);
    expect(out).toContain(`${zaloStrings.sourcesTitle}\n[1] `);
    expect(out).toContain(zaloStrings.feedbackPrompt);
    expect(out).toContain(zaloStrings.feedbackThanks);
    const comments: string[] = [];
    for await (const f of svc.runtime.store.feedback.list({})) comments.push(`${f.channel}:${f.comment}`);
    expect(comments).toContain('zalo:rõ ràng');
  }, 40_000);
});
