import { startTestService, type TestService } from '../../helpers/test-runtime';
import { startOpenAiTestServer, type OpenAiTestServer } from '../../helpers/openai-test-server';
import { startFakeZaloApi, zaloUpdate, type FakeZaloApi } from '../../helpers/fake-zalo-api';
import zaloStrings from '../../../src/zalo/messages.vi.json';

const SECRET = 'zalo-webhook-secret-for-tests';

describe('a long answer on Zalo (model test server, fake Zalo API)', () => {
  let svc: TestService;
  let zalo: FakeZaloApi;
  let model: OpenAiTestServer;
  beforeAll(async () => {
    zalo = await startFakeZaloApi();
    model = await startOpenAiTestServer();
    svc = await startTestService({
      ZALO_BOT_TOKEN: '1234:test-token', ZALO_WEBHOOK_SECRET: SECRET, ZALO_API_BASE_URL: zalo.baseUrl,
      LLM_BASE_URL: model.baseUrl, LLM_MODEL: 'test-model', LLM_TIMEOUT_MS: '20000',
    });
  }, 60_000);
  afterAll(async () => {
    await svc?.stop();
    await zalo?.close();
    await model?.close();
  });

  it('is split into numbered messages of at most 2,000 characters, cut at sentence ends', async () => {
    const sentence = 'Cán bộ được dùng AI để soạn thảo văn bản không mật và phải kiểm tra lại kết quả trước khi sử dụng [1]. ';
    model.setResponder(() => ({ text: sentence.repeat(50) }));
    const res = await fetch(`${svc.baseUrl}/api/zalo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': SECRET },
      body: JSON.stringify(zaloUpdate({ userId: 'long-1', text: 'Những việc nào được phép dùng AI trong công vụ?' })),
    });
    expect(res.status).toBe(200);
    const sent = zalo.sent('long-1');
    const parts = sent.filter((t) => t !== zaloStrings.feedbackPrompt);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    parts.forEach((p, i) => {
      expect(p.length).toBeLessThanOrEqual(2000);
      expect(p.endsWith(`(${i + 1}/${parts.length})`)).toBe(true);
    });
    // Every cut but the last falls after a sentence: no sentence is broken between two messages.
    for (const p of parts.slice(0, -1)) expect(p.replace(/ \(\d+\/\d+\)$/, '')).toMatch(/[.!?…]$/);
    expect(parts[parts.length - 1]).toContain(zaloStrings.sourcesTitle);
    expect(sent[sent.length - 1]).toBe(zaloStrings.feedbackPrompt);
    expect(model.requests.every((r) => !r.stream)).toBe(true);
  }, 30_000);
});
