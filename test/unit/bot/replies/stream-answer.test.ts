import type { TurnContext } from 'botbuilder';
import { streamAnswer } from '../../../../src/bot/replies/stream-answer';
import type { AiAnswer } from '../../../../src/turns/types';

type Sent = { type: string; id?: string; text?: string; channelData?: Record<string, unknown>; entities?: Record<string, unknown>[] };

function fakeContext(): { context: TurnContext; sent: Sent[] } {
  const sent: Sent[] = [];
  const context = {
    activity: { channelId: 'msteams', conversation: { id: 'c1', conversationType: 'personal' } },
    sendActivity: async (a: Sent) => { sent.push(JSON.parse(JSON.stringify(a))); return { id: 'stream-1' }; },
  } as unknown as TurnContext;
  return { context, sent };
}

const gate = { decision: 'allow' as const, level: 1 as const, categories: [], counts: {}, hashes: [] };

function streamedAnswer(chunks: string[]): AiAnswer {
  const answer: AiAnswer = {
    text: '', citations: [], notices: [],
    sensitivity: 'internal',
    draft: { feature: 'qa', question: 'q', answerer: 'llm:test', latencyMs: 0, gate },
  };
  // Like the Q&A feature: text, citations and notices are final once the stream ends.
  answer.stream = (async function* () {
    for (const c of chunks) yield c;
    answer.text = chunks.join('');
    answer.citations = [{ position: 1, articleId: 'nd13#D11', label: 'Điều 11', name: 'Điều 11 Nghị định 13/2023/NĐ-CP', abstract: 'Sự đồng ý phải tự nguyện.', url: 'https://vbpl.vn/x' }];
    answer.notices = ['Nội dung do AI hỗ trợ tạo ra, cần được kiểm tra.'];
  })();
  return answer;
}

async function runWithFakeTimers<T>(promise: Promise<T>): Promise<T> {
  let done = false;
  const p = promise.finally(() => { done = true; });
  while (!done) await jest.advanceTimersByTimeAsync(1500);
  return p;
}

describe('streamAnswer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends an informative update, the chunks, then the final message with citations, AI label and feedback loop', async () => {
    const { context, sent } = fakeContext();
    const id = await runWithFakeTimers(streamAnswer(context, streamedAnswer(['Sự đồng ý ', 'phải tự nguyện [1].'])));
    expect(id).toBe('stream-1');
    expect(sent[0]).toMatchObject({ type: 'typing', text: 'Đang tra cứu…', channelData: { streamType: 'informative' } });
    expect(sent.slice(1, -1).every((a) => a.type === 'typing' && a.channelData?.streamType === 'streaming')).toBe(true);
    const final = sent.at(-1)!;
    expect(final.type).toBe('message');
    expect(final.id).toBe('stream-1');
    expect(final.channelData).toMatchObject({ streamType: 'final', feedbackLoopEnabled: true });
    expect(final.text).toContain('Sự đồng ý phải tự nguyện [1].');
    expect(final.text).toContain('Nội dung do AI hỗ trợ tạo ra');
    const ai = final.entities!.filter((e) => e.type === 'https://schema.org/Message');
    expect(ai).toHaveLength(1);
    expect(ai[0].additionalType).toEqual(['AIGeneratedContent']);
    expect(ai[0].citation).toEqual([{ '@type': 'Claim', position: 1, appearance: { '@type': 'DigitalDocument', name: 'Điều 11 Nghị định 13/2023/NĐ-CP', abstract: 'Sự đồng ý phải tự nguyện.', url: 'https://vbpl.vn/x' } }]);
    expect(ai[0].usageInfo).toMatchObject({ name: 'Nội bộ' });
  });

  it('streams a non-streamed answer as one chunk', async () => {
    const { context, sent } = fakeContext();
    const answer: AiAnswer = { text: 'Trả lời [1].', citations: [], notices: ['Lưu ý.'], draft: { feature: 'qa', question: 'q', answerer: 'extractive', latencyMs: 0, gate } };
    await runWithFakeTimers(streamAnswer(context, answer));
    expect(sent.at(-1)!.text).toContain('Trả lời');
    expect(sent.at(-1)!.text).toContain('Lưu ý.');
  });
});

describe('streamAnswer when the stream fails', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('still ends the Teams stream with the final message, then reports the error', async () => {
    const { context, sent } = fakeContext();
    const answer: AiAnswer = { text: '', citations: [], notices: ['Lưu ý.'], draft: { feature: 'qa', question: 'q', answerer: 'llm:test', latencyMs: 0, gate } };
    answer.stream = (async function* () { yield 'Một phần'; throw new Error('boom'); })();
    const outcome = runWithFakeTimers(streamAnswer(context, answer).then(() => 'ok', (e: Error) => e.message));
    await expect(outcome).resolves.toBe('boom');
    expect(sent.at(-1)).toMatchObject({ type: 'message', channelData: { streamType: 'final' } });
  });
});
