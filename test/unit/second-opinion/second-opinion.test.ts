import path from 'node:path';
import { createLogger } from '../../../src/core/logger';
import { loadGatePolicy } from '../../../src/gate';
import type { Category, Gate, Verdict } from '../../../src/gate/types';
import type { ChatModel } from '../../../src/llm/types';
import { loadGuardPrompts } from '../../../src/second-opinion/guard-prompt';
import { createSecondOpinion } from '../../../src/second-opinion/second-opinion';

const policy = loadGatePolicy(path.resolve('policy/gate-policy.json'));

/** A verdict as the gate would give it, with the categories and the uncertain band chosen by the test. */
function verdict(categories: Category[], uncertain: Category[], level: Verdict['level'] = 1): Verdict {
  const audit = { decision: 'allow' as const, level, categories, counts: {}, hashes: [] };
  return {
    decision: 'allow', level, categories, detections: [], text: 'x', restore: (t) => t, audit,
    screen: { scores: {}, margins: {}, uncertain },
    appealRecord: () => ({ decision: 'allow', level, categories, scores: {}, maskedText: 'x' }),
  };
}

function setup() {
  const calls: string[] = [];
  const model: ChatModel = { name: 'stub', complete: async (m) => (calls.push(m[1].content), '{"category": "none"}'), stream: async function* () { /* unused */ } };
  const gate: Gate = { zone: 'onprem', screen: () => verdict([], []) };
  const opinion = createSecondOpinion({ gate, table: policy.zones.onprem, placeholders: policy.placeholders, model, prompts: loadGuardPrompts(), timeoutMs: 500, logger: createLogger('silent') });
  return { calls, opinion };
}

describe('when the second opinion is asked', () => {
  it('is not asked when nothing is uncertain', async () => {
    const { calls, opinion } = setup();
    expect((await opinion('Mức phạt vượt đèn đỏ?', verdict([], []))).opinion).toBeUndefined();
    expect(calls).toHaveLength(0);
  });

  it('is not asked when no answer could change the decision (level 2 on-premises is allowed either way)', async () => {
    const { calls, opinion } = setup();
    expect((await opinion('Báo cáo lưu hành nội bộ', verdict([], ['internal_marking']))).opinion).toBeUndefined();
    expect(calls).toHaveLength(0);
  });

  it('is not asked about a level-4 text, a text longer than the model\'s budget, or a command of a word or two', async () => {
    const { calls, opinion } = setup();
    await opinion('Tài liệu TỐI MẬT của Ban', verdict(['secret_marking'], ['decision_sanction'], 4));
    await opinion('xử phạt '.repeat(1200), verdict([], ['decision_sanction']));
    await opinion('/tomtat', verdict([], ['decision_sanction']));
    await opinion('  phạt luôn ', verdict([], ['decision_sanction']));
    expect(calls).toHaveLength(0);
  });

  it('is asked when an uncertain purpose would block', async () => {
    const { calls, opinion } = setup();
    const r = await opinion('Phạt ông ấy bao nhiêu thì hợp lý?', verdict([], ['decision_sanction']));
    expect(calls).toEqual([expect.stringContaining('Phạt ông ấy bao nhiêu thì hợp lý?')]);
    expect(r.opinion).toEqual({ answer: 'none', changed: false });
  });
});
