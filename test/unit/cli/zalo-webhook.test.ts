import { PassThrough } from 'node:stream';
import { loadConfig } from '../../../src/config';
import { runZaloWebhook } from '../../../src/cli/zalo-webhook';
import { startFakeZaloApi, type FakeZaloApi } from '../../helpers/fake-zalo-api';

const capture = () => {
  const s = new PassThrough();
  let text = '';
  s.on('data', (c) => (text += c));
  return { stream: s, text: () => text };
};

describe('npm run zalo:webhook', () => {
  let zalo: FakeZaloApi;
  beforeAll(async () => { zalo = await startFakeZaloApi(); });
  afterAll(async () => zalo.close());

  it('calls setWebhook with the URL and the secret token, then prints getWebhookInfo', async () => {
    const config = loadConfig({ ZALO_BOT_TOKEN: '99:tok', ZALO_WEBHOOK_SECRET: 'secret-123456', ZALO_API_BASE_URL: zalo.baseUrl } as NodeJS.ProcessEnv);
    const out = capture();
    const err = capture();
    const code = await runZaloWebhook({ config, argv: ['--url', 'https://troly.example.gov.vn/api/zalo'], stdout: out.stream, stderr: err.stream });
    expect(code).toBe(0);
    expect(zalo.calls.map((c) => c.method)).toEqual(['setWebhook', 'getWebhookInfo']);
    expect(zalo.calls[0]).toMatchObject({ token: '99:tok', body: { url: 'https://troly.example.gov.vn/api/zalo', secret_token: 'secret-123456' } });
    expect(out.text()).toContain('"url": "https://troly.example.gov.vn/api/zalo"');
  });

  it('refuses to run without a URL', async () => {
    const config = loadConfig({ ZALO_BOT_TOKEN: '99:tok', ZALO_WEBHOOK_SECRET: 'secret-123456', ZALO_API_BASE_URL: zalo.baseUrl } as NodeJS.ProcessEnv);
    const err = capture();
    expect(await runZaloWebhook({ config, argv: [], stdout: capture().stream, stderr: err.stream })).toBe(2);
    expect(err.text()).toContain('usage');
  });
});
