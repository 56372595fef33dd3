import { createAppealFeature } from '../../../src/appeals/appeal-feature';
import type { AppealInput } from '../../../src/appeals/file-appeal';
import { createRefusalMemory, type Refusal } from '../../../src/appeals/refusals';
import type { Turn } from '../../../src/turns/types';

const turn = (text: string): Turn => ({ id: 't', user: { id: '29:x', aadObjectId: 'u-1' }, conversation: { id: 'c-1', type: 'personal' }, text, attachments: [] });
const refusal: Refusal = {
  userId: 'u-1', conversationId: 'c-1', conversationType: 'personal', feature: 'qa', zone: 'onprem', time: new Date(),
  record: { decision: 'block', level: 4, categories: ['secret_marking'], scores: {}, maskedText: null },
};

function setup() {
  const refusals = createRefusalMemory();
  const filed: AppealInput[] = [];
  const feature = createAppealFeature({ refusals, fileAppeal: async (input) => (filed.push(input), { kind: 'no_refusal' }) });
  return { refusals, filed, feature };
}

describe('the appeal command', () => {
  it.each(['/khieunai', '/khiếunại', '/KHIEUNAI sai rồi', '/khieu nai: sai rồi'])('takes %j at any time', (text) => {
    expect(setup().feature.matches(turn(text))).toBe(true);
  });

  it.each(['khiếu nại', 'Khieu nai', 'KHIẾU NẠI!', 'khiếu nại: đây là câu hỏi chung', 'khiếu nại - nhầm rồi', 'khie\u0302\u0301u na\u0323i'])(
    'takes %j only right after a refusal',
    (text) => {
      const { refusals, feature } = setup();
      expect(feature.matches(turn(text))).toBe(false);
      refusals.remember(refusal);
      expect(feature.matches(turn(text))).toBe(true);
    },
  );

  it.each(['khiếu nại quyết định hành chính thế nào?', 'Thời hạn khiếu nại là bao lâu?', '/khieunaii'])('leaves %j to the other features, even right after a refusal', (text) => {
    const { refusals, feature } = setup();
    refusals.remember(refusal);
    expect(feature.matches(turn(text))).toBe(false);
  });

  it('passes the comment after the command, and the refusal it refers to', async () => {
    const { refusals, filed, feature } = setup();
    const id = refusals.remember(refusal);
    await feature.handle(turn('Khiếu nại: tài liệu đã được giải mật'), { canStream: false });
    await feature.handle(turn('/khieunai'), { canStream: false });
    expect(filed).toEqual([
      expect.objectContaining({ refusalId: id, comment: 'tài liệu đã được giải mật', via: 'command', userId: 'u-1' }),
      expect.objectContaining({ refusalId: id, comment: '', via: 'command' }),
    ]);
  });
});
