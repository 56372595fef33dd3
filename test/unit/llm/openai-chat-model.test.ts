import { createOpenAiChatModel } from '../../../src/llm/openai-chat-model';
import { startOpenAiTestServer, type OpenAiTestServer } from '../../helpers/openai-test-server';

describe('createOpenAiChatModel', () => {
  let server: OpenAiTestServer;
  beforeEach(async () => { server = await startOpenAiTestServer(); });
  afterEach(async () => { await server.close(); });

  const messages = [{ role: 'system' as const, content: 'Hệ thống' }, { role: 'user' as const, content: 'Câu hỏi [CCCD_1]' }];

  it('completes through the OpenAI-compatible server with the configured model and messages', async () => {
    server.setResponder(() => ({ text: 'Trả lời [1]' }));
    const model = createOpenAiChatModel({ baseUrl: server.baseUrl, model: 'test-model', timeoutMs: 5000 });
    await expect(model.complete(messages)).resolves.toBe('Trả lời [1]');
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].model).toBe('test-model');
    expect(server.requests[0].messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(server.requests[0].allText).toContain('Câu hỏi [CCCD_1]');
    expect(model.name).toBe('test-model');
  });

  it('streams the completion in chunks', async () => {
    const text = 'Theo Điều 7 Nghị định 13/2023/NĐ-CP, dữ liệu cá nhân được bảo vệ [1].';
    server.setResponder(() => ({ text }));
    const model = createOpenAiChatModel({ baseUrl: server.baseUrl, model: 'test-model', timeoutMs: 5000 });
    const chunks: string[] = [];
    for await (const c of model.stream(messages)) chunks.push(c);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(text);
    expect(server.requests[0].stream).toBe(true);
  });

  it('retries once after a server error', async () => {
    server.setResponder((_r, i) => (i === 0 ? { status: 500 } : { text: 'Lần hai' }));
    const model = createOpenAiChatModel({ baseUrl: server.baseUrl, model: 'test-model', timeoutMs: 5000 });
    await expect(model.complete(messages)).resolves.toBe('Lần hai');
    expect(server.requests).toHaveLength(2);
  });

  it('rejects after the retry when the server keeps failing', async () => {
    server.setResponder(() => ({ status: 503 }));
    const model = createOpenAiChatModel({ baseUrl: server.baseUrl, model: 'test-model', timeoutMs: 5000, maxRetries: 1 });
    await expect(model.complete(messages)).rejects.toThrow(/Chat model failed/);
    expect(server.requests).toHaveLength(2);
  });

  it('rejects when the server is slower than the timeout', async () => {
    server.setResponder(() => ({ text: 'muộn', delayMs: 600 }));
    const model = createOpenAiChatModel({ baseUrl: server.baseUrl, model: 'test-model', timeoutMs: 200 });
    await expect(model.complete(messages)).rejects.toThrow(/timeout/);
  });

  it('rejects a stream that stays silent longer than the timeout', async () => {
    server.setResponder(() => ({ text: 'muộn', delayMs: 600 }));
    const model = createOpenAiChatModel({ baseUrl: server.baseUrl, model: 'test-model', timeoutMs: 200, maxRetries: 0 });
    const consume = async () => { for await (const _c of model.stream(messages)) { /* drain */ } };
    await expect(consume()).rejects.toThrow(/Chat model failed/);
  });
});
