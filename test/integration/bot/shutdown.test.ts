import { startTestService } from '../../helpers/test-runtime';
import { startOpenAiTestServer } from '../../helpers/openai-test-server';
import { messageActivity } from '../../../src/cli/chat/activity-factory';

describe('graceful shutdown', () => {
  it('finishes an in-flight turn before it stops, then refuses new connections', async () => {
    const model = await startOpenAiTestServer(() => ({ text: 'Theo nguồn [1], được phép soạn thảo văn bản không mật.', delayMs: 800 }));
    const svc = await startTestService({ LLM_BASE_URL: model.baseUrl, LLM_TIMEOUT_MS: '5000' });
    try {
      const who = svc.identity('groupChat');
      const inFlight = svc.post(messageActivity(who, 'Những việc nào được phép dùng AI trong công vụ?', { mention: true }));
      // The turn is in flight once the model has its request (the model then takes 800 ms); a busy machine may take a
      // while to get there, so wait for it rather than for a fixed time.
      for (let waited = 0; model.requests.length === 0 && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      expect(model.requests.length).toBe(1);
      await svc.runtime.stop();
      const res = await inFlight;
      expect(res.status).toBe(200);
      const answer = svc.connector.received.find((r) => r.conversationId === who.conversationId && r.activity.type === 'message');
      expect(String(answer?.activity.text)).toContain('được phép soạn thảo');
      await expect(fetch(`${svc.baseUrl}/healthz`)).rejects.toThrow();
    } finally {
      await svc.connector.close();
      await model.close();
    }
  }, 30_000);
});
