import { createOpenAiChatModel } from '../../../src/llm/openai-chat-model';
import { createAnswerQuestion } from '../../../src/qa/answer-question';
import { createExtractiveAnswerer } from '../../../src/qa/extractive-answerer';
import { createGenerativeAnswerer } from '../../../src/qa/generative-answerer';
import { noBasisText, qaMessages } from '../../../src/qa/messages';
import { loadQaPrompts } from '../../../src/qa/prompts';
import type { Answer, AnswerResult } from '../../../src/qa/types';
import { startOpenAiTestServer, type OpenAiTestServer } from '../../helpers/openai-test-server';
import { ARTICLES, createFakeRetriever } from '../../helpers/fake-retriever';

const clock = { now: () => new Date('2026-03-01T08:00:00Z') };
const prompts = loadQaPrompts();
// The question as the gate passed it: the personal identifiers already replaced by placeholders.
const REDACTED = 'Ông [HO_TEN_1] số CCCD [CCCD_1] muốn biết sự đồng ý của chủ thể dữ liệu có hiệu lực khi nào?';

function asAnswer(r: AnswerResult): Answer {
  if (r.kind !== 'answer') throw new Error(`expected an answer, got ${r.kind}`);
  return r;
}

async function drain(a: Answer): Promise<string> {
  let out = '';
  for await (const c of a.stream ?? []) out += c;
  return out;
}

describe('answer-question (extractive)', () => {
  const ask = createAnswerQuestion({ retriever: createFakeRetriever(), extractive: createExtractiveAnswerer(), clock });

  it('answers from the retrieved articles with verified citations', async () => {
    const a = asAnswer(await ask({ question: 'Sự đồng ý của chủ thể dữ liệu có hiệu lực khi nào?', canStream: false }));
    expect(a.answerer).toBe('extractive');
    expect(a.citations[0]).toMatchObject({ position: 1, articleId: 'nd13#D11', label: 'Điều 11 Nghị định 13/2023/NĐ-CP' });
    // Every cited number points to a citation and every citation is cited.
    const cited = [...new Set([...a.text.matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1])))];
    expect(cited.sort()).toEqual(a.citations.map((c) => c.position));
    expect(a.stream).toBeUndefined();
  });

  it('says there is no basis, and never answers, when retrieval finds nothing solid', async () => {
    const r = await ask({ question: 'Cách nấu phở bò ngon cho bữa sáng', canStream: false });
    expect(r.kind).toBe('no_basis');
    expect(r.text).toContain(qaMessages.noBasis);
    expect(r.text).toBe(noBasisText(qaMessages));
  });
});

describe('answer-question (generative, local OpenAI-compatible server)', () => {
  let server: OpenAiTestServer;
  beforeEach(async () => { server = await startOpenAiTestServer(); });
  afterEach(async () => { await server.close(); });

  const make = (timeoutMs = 5000) => {
    const model = createOpenAiChatModel({ baseUrl: server.baseUrl, model: 'test-model', timeoutMs });
    return createAnswerQuestion({
      retriever: createFakeRetriever({ fixed: ARTICLES.map((article, i) => ({ article, score: 9 - i })) }),
      extractive: createExtractiveAnswerer(),
      generative: createGenerativeAnswerer({ model, prompts }),
      clock,
    });
  };

  it('sends the numbered sources and the redacted question, never the original identifiers', async () => {
    server.setResponder(() => ({ text: 'Sự đồng ý chỉ có hiệu lực khi chủ thể tự nguyện và biết rõ nội dung [1].' }));
    const a = asAnswer(await make()({ question: REDACTED, canStream: false }));
    const sent = server.requests[0].allText;
    expect(sent).toContain('[1] Điều 11 Nghị định 13/2023/NĐ-CP');
    expect(sent).toContain('[3] Điều 89 Luật Xây dựng 50/2014/QH13');
    expect(sent).toContain('[HO_TEN_1]');
    expect(sent).toContain('[CCCD_1]');
    expect(sent).not.toMatch(/\d{12}/);
    expect(sent).toContain('Chỉ trả lời dựa trên các nguồn');
    expect(a.answerer).toBe('llm:test-model');
    expect(a.citations.map((c) => c.articleId)).toEqual(['nd13#D11']);
  });

  it('corrects a model that cites a source that was not retrieved', async () => {
    server.setResponder(() => ({ text: 'Cần sự đồng ý [2] theo Nghị định [7].' }));
    const a = asAnswer(await make()({ question: REDACTED, canStream: false }));
    expect(a.text).toBe('Cần sự đồng ý [1] theo Nghị định.');
    expect(a.citations).toHaveLength(1);
    expect(a.citations[0].articleId).toBe('nd13#D9');
  });

  it('replaces an answer that cites nothing retrieved by the extractive answer, with a notice', async () => {
    server.setResponder(() => ({ text: 'Theo tôi biết thì cần có giấy phép.' }));
    const a = asAnswer(await make()({ question: REDACTED, canStream: false }));
    expect(a.answerer).toBe('extractive');
    expect(a.fallback).toBe('uncited');
    expect(a.notices).toEqual([qaMessages.uncitedFallbackNotice]);
    expect(a.text).toContain('Điều 11 Nghị định 13/2023/NĐ-CP');
  });

  it('falls back to the extractive answer with a notice when the model is slower than the timeout', async () => {
    server.setResponder(() => ({ text: 'muộn [1]', delayMs: 700 }));
    const a = asAnswer(await make(150)({ question: REDACTED, canStream: false }));
    expect(a.fallback).toBe('model_error');
    expect(a.notices).toEqual([qaMessages.modelFallbackNotice]);
    expect(a.answerer).toBe('extractive');
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it('streams the verified answer and finalises text and citations when the stream ends', async () => {
    server.setResponder(() => ({ text: 'Sự đồng ý phải tự nguyện [1] và rõ ràng [1]; xem thêm [5]. Quyền rút lại [2].' }));
    const a = asAnswer(await make()({ question: REDACTED, canStream: true }));
    expect(a.stream).toBeDefined();
    const streamed = await drain(a);
    expect(server.requests[0].stream).toBe(true);
    expect(streamed.trim()).toBe('Sự đồng ý phải tự nguyện [1] và rõ ràng [1]; xem thêm. Quyền rút lại [2].');
    expect(a.text).toBe(streamed.trim());
    expect(a.citations.map((c) => c.articleId)).toEqual(['nd13#D11', 'nd13#D9']);
  });

  it('streams the extractive answer instead when the streamed model answer cites nothing', async () => {
    server.setResponder(() => ({ text: 'Tôi nghĩ là cần đồng ý.' }));
    const a = asAnswer(await make()({ question: REDACTED, canStream: true }));
    const streamed = await drain(a);
    expect(streamed).not.toContain('Tôi nghĩ');
    expect(a.fallback).toBe('uncited');
    expect(a.text).toBe(streamed);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it('streams the extractive answer when the model times out before any text', async () => {
    server.setResponder(() => ({ text: 'muộn [1]', delayMs: 700 }));
    const a = asAnswer(await make(150)({ question: REDACTED, canStream: true }));
    const streamed = await drain(a);
    expect(a.fallback).toBe('model_error');
    expect(a.notices).toEqual([qaMessages.modelFallbackNotice]);
    expect(streamed).toContain('Điều 11');
  });
});

describe('answer-question citation abstracts', () => {
  it('shows the passage nearest the question, not the start of the article', async () => {
    const server = await startOpenAiTestServer(() => ({ text: 'Có quyền yêu cầu xóa dữ liệu [1].' }));
    try {
      const model = createOpenAiChatModel({ baseUrl: server.baseUrl, model: 'test-model', timeoutMs: 5000 });
      const ask = createAnswerQuestion({
        retriever: createFakeRetriever({ fixed: [{ article: ARTICLES[1], score: 5 }] }),
        extractive: createExtractiveAnswerer(),
        generative: createGenerativeAnswerer({ model, prompts }),
        clock,
      });
      const a = asAnswer(await ask({ question: 'Chủ thể dữ liệu có quyền xóa dữ liệu cá nhân không?', canStream: false }));
      expect(a.citations[0].abstract).toContain('Quyền xóa dữ liệu');
    } finally {
      await server.close();
    }
  });
});
