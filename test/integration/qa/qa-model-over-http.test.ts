import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestService, type TestService } from '../../helpers/test-runtime';
import { startOpenAiTestServer, type OpenAiTestServer } from '../../helpers/openai-test-server';
import { haveLegalData, sampleDevQuestions, writeCorpusSubset } from '../../helpers/legal-corpus';
import qaStrings from '../../../src/qa/messages.vi.json';

const questions = haveLegalData() ? sampleDevQuestions(40, 5) : [];
type Entity = { type: string; citation?: { position: number }[] };
const citationsOf = (a: { activity: Record<string, unknown> }) =>
  (((a.activity.entities as Entity[] | undefined) ?? []).find((e) => e.type === 'https://schema.org/Message')?.citation ?? []).map((c) => c.position);

(haveLegalData() ? describe : describe.skip)('legal Q&A over HTTP with a model (OpenAI-compatible test server)', () => {
  let svc: TestService;
  let model: OpenAiTestServer;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qa-model-'));
    const corpus = path.join(dir, 'subset.jsonl.gz');
    await writeCorpusSubset(corpus, new Set(questions.flatMap((q) => q.gold)), 200);
    model = await startOpenAiTestServer();
    svc = await startTestService({ KNOWLEDGE_PATHS: corpus, LLM_BASE_URL: model.baseUrl, LLM_MODEL: 'test-model', LLM_TIMEOUT_MS: '1500' });
  }, 120_000);
  afterAll(async () => {
    await svc?.stop();
    await model?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => model.setResponder(() => ({ text: 'Theo quy định tại nguồn [1], nội dung được nêu rõ.' })));

  it('answers from the model with the numbered sources it was sent', async () => {
    const before = model.requests.length;
    const replies = await svc.say(svc.identity('groupChat'), questions[0].question, { mention: true });
    expect(model.requests.length).toBeGreaterThan(before);
    const sent = model.requests[model.requests.length - 1].allText;
    expect(sent).toContain('[1]');
    expect(String(replies[0].activity.text)).toContain('nội dung được nêu rõ');
    expect(citationsOf(replies[0])).toEqual([1]);
    const record = await svc.runtime.store.answers.get(replies[0].id);
    expect(record?.answerer).not.toBe('extractive');
  });

  it('never sends a level-4 message to the model', async () => {
    const before = model.requests.length;
    const replies = await svc.say(svc.identity(), 'Độ mật: TỐI MẬT. Kế hoạch triển khai lực lượng bảo vệ mục tiêu trọng điểm năm 2026, hãy tóm tắt.');
    expect(String(replies[0].activity.text)).toContain('Căn cứ:');
    expect(model.requests.length).toBe(before);
  });

  it('sends placeholders, never the identifiers, and restores them for the user', async () => {
    const before = model.requests.length;
    const question = `Công dân có CCCD 001099012345, điện thoại 0912 345 678 hỏi: ${questions[1].question}`;
    model.setResponder((req) => ({ text: `Trường hợp công dân có CCCD ${/\[CCCD_\d\]/.exec(req.allText)?.[0] ?? ''}: xem nguồn [1].` }));
    const replies = await svc.say(svc.identity('groupChat'), question, { mention: true });
    const sent = model.requests.slice(before).map((r) => r.allText).join('\n');
    expect(sent).toContain('[CCCD_1]');
    expect(sent).toContain('[SĐT_1]');
    expect(sent).not.toContain('001099012345');
    expect(sent).not.toMatch(/0912\s?345\s?678/);
    expect(String(replies[0].activity.text)).toContain('001099012345');
  });

  it('drops a citation of a source that was not retrieved', async () => {
    model.setResponder(() => ({ text: 'Căn cứ nguồn [1] và nguồn [9], câu trả lời như sau.' }));
    const replies = await svc.say(svc.identity('groupChat'), questions[2].question, { mention: true });
    const text = String(replies[0].activity.text);
    expect(text).not.toContain('[9]');
    expect(citationsOf(replies[0])).toEqual([1]);
  });

  it('replaces an answer that cites nothing retrieved with the extractive answer', async () => {
    model.setResponder(() => ({ text: 'Theo hiểu biết chung, việc này được phép.' }));
    const replies = await svc.say(svc.identity('groupChat'), questions[3].question, { mention: true });
    expect(String(replies[0].activity.text)).toContain(qaStrings.uncitedFallbackNotice);
    expect(citationsOf(replies[0]).length).toBeGreaterThan(0);
    expect((await svc.runtime.store.answers.get(replies[0].id))?.answerer).toBe('extractive');
  });

  it('falls back to the extractive answer with a notice when the model times out', async () => {
    model.setResponder(() => ({ text: 'quá muộn [1]', delayMs: 4000 }));
    const replies = await svc.say(svc.identity('groupChat'), questions[4].question, { mention: true });
    expect(String(replies[0].activity.text)).toContain(qaStrings.modelFallbackNotice);
    expect(String(replies[0].activity.text)).not.toContain('quá muộn');
    expect(citationsOf(replies[0]).length).toBeGreaterThan(0);
  }, 20_000);

  it('streams the answer in a 1:1 chat and records the final message', async () => {
    const who = svc.identity('personal');
    const replies = await svc.say(who, questions[0].question);
    const final = replies[replies.length - 1];
    expect(String(final.activity.text)).toContain('nội dung được nêu rõ');
    expect(citationsOf(final)).toEqual([1]);
    const streamed = svc.connector.received.filter((r) => r.conversationId === who.conversationId && r.activity.type === 'typing');
    expect(streamed.length).toBeGreaterThan(0);
    expect(await svc.runtime.store.answers.get(final.id)).toBeDefined();
  }, 20_000);
});
