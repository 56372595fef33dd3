import { startTestService } from '../../helpers/test-runtime';
import { startOpenAiTestServer } from '../../helpers/openai-test-server';

describe('typing indicator', () => {
  it('shows "typing…" while a slow turn is worked on, before the answer', async () => {
    const model = await startOpenAiTestServer(() => ({ text: 'Theo nguồn [1], được phép.', delayMs: 1200 }));
    const svc = await startTestService({ LLM_BASE_URL: model.baseUrl });
    try {
      const who = svc.identity('groupChat');
      await svc.say(who, 'Những việc nào được phép dùng AI trong công vụ?', { mention: true });
      const mine = svc.connector.received.filter((r) => r.conversationId === who.conversationId);
      const typing = mine.findIndex((r) => r.activity.type === 'typing');
      const answer = mine.findIndex((r) => r.activity.type === 'message');
      expect(typing).toBeGreaterThanOrEqual(0);
      expect(answer).toBeGreaterThan(typing);
    } finally {
      await svc.stop();
      await model.close();
    }
  }, 30_000);
});
