import { startTestService, type TestService } from '../../helpers/test-runtime';
import { startOpenAiTestServer, type OpenAiTestServer } from '../../helpers/openai-test-server';
import type { AuditEvent } from '../../../src/store/types';

const QUESTION = 'Những việc nào được phép dùng AI trong công vụ?';

async function qaEvents(svc: TestService): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  for await (const e of svc.runtime.store.audit.list()) if (e.feature === 'qa' && e.outcome === 'answered') events.push(e);
  return events;
}

describe('a streamed answer is audited and recorded as delivered (HTTP, model test server)', () => {
  let svc: TestService;
  let model: OpenAiTestServer;
  beforeAll(async () => {
    model = await startOpenAiTestServer();
    svc = await startTestService({ LLM_BASE_URL: model.baseUrl, LLM_MODEL: 'test-model', LLM_TIMEOUT_MS: '3000' });
  }, 60_000);
  afterAll(async () => {
    await svc?.stop();
    await model?.close();
  });

  it('records the extractive answer the user got when the streamed model answer cited nothing', async () => {
    model.setResponder(() => ({ text: 'Theo hiểu biết chung, việc này được phép.' }));
    const who = svc.identity('personal');
    const before = (await qaEvents(svc)).length;
    const replies = await svc.say(who, QUESTION);
    const final = replies[replies.length - 1];
    expect(model.requests.some((r) => r.stream)).toBe(true);

    const record = await svc.runtime.store.answers.get(final.id);
    expect(record?.answerer).toBe('extractive');
    expect(record?.citations.length).toBeGreaterThan(0);

    const events = (await qaEvents(svc)).slice(before);
    expect(events).toHaveLength(1);
    expect(events[0].answerer).toBe('extractive');
    expect(events[0].details?.citations).toBe(record?.citations.length);
    expect(events[0].details?.fallback).toBe('uncited');
  }, 30_000);

  it('records the model answer with the citations it kept once the stream ended', async () => {
    model.setResponder(() => ({ text: 'Được dùng AI để soạn thảo văn bản không mật, xem nguồn [1].' }));
    const who = svc.identity('personal');
    const before = (await qaEvents(svc)).length;
    const replies = await svc.say(who, QUESTION);
    const final = replies[replies.length - 1];
    const record = await svc.runtime.store.answers.get(final.id);
    expect(record?.answerer).not.toBe('extractive');
    expect(record?.citations).toHaveLength(1);
    const events = (await qaEvents(svc)).slice(before);
    expect(events).toHaveLength(1);
    expect(events[0].answerer).toBe(record?.answerer);
    expect(events[0].details?.citations).toBe(1);
  }, 30_000);
});
