import type { PassedVerdict } from '../../../src/turns/feature';
import type { AiAnswer, Turn } from '../../../src/turns/types';
import { createOpenAiChatModel } from '../../../src/llm/openai-chat-model';
import { createAnswerQuestion } from '../../../src/qa/answer-question';
import { createExtractiveAnswerer } from '../../../src/qa/extractive-answerer';
import { createGenerativeAnswerer } from '../../../src/qa/generative-answerer';
import { greetingText, noBasisText, qaMessages } from '../../../src/qa/messages';
import { loadQaPrompts } from '../../../src/qa/prompts';
import { createQaFeature } from '../../../src/qa/qa-feature';
import { createFakeGate } from '../../helpers/fake-gate';
import { ARTICLES, createFakeRetriever } from '../../helpers/fake-retriever';
import { startOpenAiTestServer } from '../../helpers/openai-test-server';

const clock = { now: () => new Date('2026-03-01T08:00:00Z') };
const turnOf = (text: string): Turn => ({ id: 't1', user: { id: 'u1' }, conversation: { id: 'c1', type: 'personal' }, text, attachments: [] });
const CCCD = '001203004567';
const QUESTION = `Công dân có CCCD ${CCCD} hỏi: sự đồng ý của chủ thể dữ liệu có hiệu lực khi nào?`;

function screen(text: string): PassedVerdict {
  const v = createFakeGate().screen(text);
  if (v.decision === 'block') throw new Error('unexpected block');
  // The fake gate's restore is the identity; a real one puts the CCCD back for the same user.
  return { ...v, restore: (t) => t.replace('[CCCD_1]', CCCD) };
}

function answerOf(result: Awaited<ReturnType<ReturnType<typeof createQaFeature>['handle']>>): AiAnswer {
  const reply = result.replies[0];
  if (reply.kind !== 'answer') throw new Error(`expected an answer reply, got ${reply.kind}`);
  return reply.answer;
}

describe('Q&A feature', () => {
  const retriever = createFakeRetriever();
  const feature = createQaFeature({ answerQuestion: createAnswerQuestion({ retriever, extractive: createExtractiveAnswerer(), clock }), clock });

  it('takes any non-command text, is gated, and leaves commands to other features', () => {
    expect(feature.gated).toBe(true);
    expect(feature.matches(turnOf('Thủ tục cấp giấy phép xây dựng?'))).toBe(true);
    expect(feature.matches(turnOf('/help'))).toBe(false);
    expect(feature.matches(turnOf('   '))).toBe(false);
  });

  it('answers with citations, the AI notice and a draft built from the redacted question', async () => {
    const verdict = screen(QUESTION);
    const result = await feature.handle(turnOf(QUESTION), { verdict, canStream: false });
    const ai = answerOf(result);
    expect(retriever.queries.at(-1)).toContain('[CCCD_1]');
    expect(retriever.queries.at(-1)).not.toContain(CCCD);
    expect(ai.citations[0]).toMatchObject({ position: 1, articleId: 'nd13#D11', url: 'https://vbpl.vn/nd-13-2023' });
    expect(ai.notices).toContain(qaMessages.aiNotice);
    expect(ai.notices).toContain(qaMessages.redactedNotice);
    expect(ai.sensitivity).toBeUndefined();
    expect(ai.draft).toMatchObject({ feature: 'qa', question: verdict.text, answerer: 'extractive', gate: verdict.audit });
    expect(ai.draft.question).not.toContain(CCCD);
    expect(result.outcome).toMatchObject({ feature: 'qa', outcome: 'answered', answerer: 'extractive' });
  });

  it('labels internal content and shows the gate notice when the verdict carries one', async () => {
    const notice = { message: 'Nội dung nội bộ (mức 2) chỉ được xử lý trên máy chủ của cơ quan.', rule: 'Quy chế Phước Bình, Điều 8', alternative: '' };
    const verdict: PassedVerdict = { ...screen('Sự đồng ý của chủ thể dữ liệu cá nhân'), notice, level: 2 };
    const ai = answerOf(await feature.handle(turnOf('x'), { verdict, canStream: false }));
    expect(ai.sensitivity).toBe('internal');
    expect(ai.notices).toContain(notice.message);
  });

  it('replies with plain text and no citations when there is no basis', async () => {
    const text = 'Cách nấu phở bò ngon cho bữa sáng?';
    const result = await feature.handle(turnOf(text), { verdict: screen(text), canStream: false });
    expect(result.replies).toEqual([{ kind: 'text', text: noBasisText(qaMessages) }]);
    expect(result.outcome).toMatchObject({ feature: 'qa', outcome: 'no_basis' });
  });

  it('points greetings and one-word messages to /help instead of searching', async () => {
    for (const text of ['Xin chào', 'chào bạn nhé', 'Cảm ơn ạ!', 'ok']) {
      const before = retriever.queries.length;
      const result = await feature.handle(turnOf(text), { verdict: screen(text), canStream: false });
      expect(result.replies).toEqual([{ kind: 'text', text: greetingText(qaMessages) }]);
      expect(retriever.queries.length).toBe(before);
    }
  });

  it('refuses to run without a gate verdict', async () => {
    await expect(feature.handle(turnOf('Câu hỏi'), { canStream: false })).rejects.toThrow(/verdict/);
  });

  it('streams a model answer with placeholders restored, never sending the identifier to the model', async () => {
    const server = await startOpenAiTestServer(() => ({ text: 'Người có CCCD [CCCD_1] cần tự nguyện đồng ý [1].' }));
    try {
      const model = createOpenAiChatModel({ baseUrl: server.baseUrl, model: 'test-model', timeoutMs: 5000 });
      const generative = createGenerativeAnswerer({ model, prompts: loadQaPrompts() });
      const qa = createQaFeature({ answerQuestion: createAnswerQuestion({ retriever: createFakeRetriever({ fixed: [{ article: ARTICLES[0], score: 5 }] }), extractive: createExtractiveAnswerer(), generative, clock }), clock });
      const result = await qa.handle(turnOf(QUESTION), { verdict: screen(QUESTION), canStream: true });
      const ai = answerOf(result);
      let streamed = '';
      for await (const chunk of ai.stream ?? []) streamed += chunk;
      expect(streamed).toBe(`Người có CCCD ${CCCD} cần tự nguyện đồng ý [1].`);
      expect(ai.text).toBe(streamed);
      expect(ai.citations.map((c) => c.articleId)).toEqual(['nd13#D11']);
      expect(ai.draft.answerer).toBe('llm:test-model');
      expect(server.requests[0].allText).toContain('[CCCD_1]');
      expect(server.requests[0].allText).not.toContain(CCCD);
      expect(server.requests[0].allText).toContain('Chỉ trả lời dựa trên các nguồn');
    } finally {
      await server.close();
    }
  });
});
