import { toAnswerActivity } from '../../../../src/bot/replies/ai-answer-activity';
import type { AiAnswer } from '../../../../src/turns/types';

const gate = { decision: 'allow' as const, level: 1 as const, categories: [], counts: {}, hashes: [] };

function answer(over: Partial<AiAnswer> = {}): AiAnswer {
  return {
    text: 'Sự đồng ý phải tự nguyện [1].\nQuyền rút lại [2].',
    citations: [
      { position: 1, articleId: 'nd13#D11', label: 'Điều 11 Nghị định 13/2023/NĐ-CP', name: 'Điều 11 Nghị định 13/2023/NĐ-CP: Sự đồng ý của chủ thể dữ liệu', abstract: 'Sự đồng ý của chủ thể dữ liệu chỉ có hiệu lực khi tự nguyện.', url: 'https://vbpl.vn/nd-13-2023' },
      { position: 2, articleId: 'nd13#D9', label: 'Điều 9 Nghị định 13/2023/NĐ-CP', name: 'N'.repeat(120), abstract: 'A '.repeat(200) },
    ],
    notices: ['Nội dung do AI hỗ trợ tạo ra, cần được kiểm tra trước khi sử dụng chính thức.'],
    draft: { feature: 'qa', question: 'q', answerer: 'extractive', latencyMs: 5, gate },
    ...over,
  };
}

type Entity = { type: string; additionalType?: string[]; citation?: { position: number; appearance: { name: string; abstract: string; url?: string } }[]; usageInfo?: { name: string } };

describe('toAnswerActivity', () => {
  it('carries ONE schema.org Message entity with the AI label and the citations', () => {
    const a = toAnswerActivity(answer());
    const entities = a.entities as unknown as Entity[];
    const messages = entities.filter((e) => e.type === 'https://schema.org/Message');
    expect(messages).toHaveLength(1);
    expect(messages[0].additionalType).toEqual(['AIGeneratedContent']);
    expect(messages[0].citation?.map((c) => c.position)).toEqual([1, 2]);
    expect(messages[0].citation?.[0]).toEqual({
      '@type': 'Claim', position: 1,
      appearance: { '@type': 'DigitalDocument', name: 'Điều 11 Nghị định 13/2023/NĐ-CP: Sự đồng ý của chủ thể dữ liệu', abstract: 'Sự đồng ý của chủ thể dữ liệu chỉ có hiệu lực khi tự nguyện.', url: 'https://vbpl.vn/nd-13-2023' },
    });
    expect(messages[0].usageInfo).toBeUndefined();
  });

  it('truncates citation names to 80 and abstracts to 160 characters', () => {
    const [, second] = (toAnswerActivity(answer()).entities as unknown as Entity[])[0].citation!;
    expect(second.appearance.name.length).toBeLessThanOrEqual(80);
    expect(second.appearance.abstract.length).toBeLessThanOrEqual(160);
    expect(second.appearance.url).toBeUndefined();
  });

  it('enables the feedback loop and shows the text with [n] markers and the notice', () => {
    const a = toAnswerActivity(answer());
    expect(a.channelData).toEqual({ feedbackLoopEnabled: true });
    expect(a.text).toContain('[1]');
    expect(a.text).toContain('[2]');
    expect(a.text).toContain('cần được kiểm tra trước khi sử dụng chính thức');
    expect(a.text).toContain('<br>');
    expect(a.type).toBe('message');
  });

  it('adds the sensitivity label for internal content', () => {
    const entity = (toAnswerActivity(answer({ sensitivity: 'internal' })).entities as unknown as Entity[])[0];
    expect(entity.usageInfo).toMatchObject({ '@type': 'CreativeWork', name: 'Nội bộ' });
  });

  it('keeps at most 20 citations and drops markers that would have no pop-up', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ position: i + 1, articleId: `a${i}`, label: `Điều ${i}`, name: `Điều ${i}`, abstract: 'x' }));
    const text = many.map((c) => `Ý ${c.position} [${c.position}].`).join(' ');
    const a = toAnswerActivity(answer({ text, citations: many }));
    expect((a.entities as unknown as Entity[])[0].citation).toHaveLength(20);
    expect(a.text).toContain('[20]');
    expect(a.text).not.toContain('[21]');
  });

  it('offers card actions under the answer when the answer has them', () => {
    const a = toAnswerActivity(answer({ actions: [{ title: 'Lưu vào Sổ tay', data: { action: 'notebook.save' } }] }));
    const card = a.attachments?.[0]?.content as { actions: { type: string; title: string; data: unknown }[] };
    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Lưu vào Sổ tay', data: { action: 'notebook.save' } }]);
  });
});
