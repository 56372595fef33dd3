import { buildGuardMessages, loadGuardPrompts, parseGuardAnswer } from '../../../src/second-opinion/guard-prompt';

const offered = ['decision_sanction', 'disinformation'] as const;

describe('guard prompt of the second opinion', () => {
  it('offers only the uncertain categories (and none), and puts the text in literally', () => {
    const prompts = loadGuardPrompts();
    const [system, user] = buildGuardMessages(prompts, [...offered], 'Ông [NGƯỜI_1] hỏi {{categories}} $& về mức phạt');
    expect(system.content).toContain('- decision_sanction: ');
    expect(system.content).toContain('- disinformation: ');
    expect(system.content).toContain('- none: ');
    expect(system.content).not.toContain('- deepfake: ');
    expect(user.content).toContain('Ông [NGƯỜI_1] hỏi {{categories}} $& về mức phạt');
  });

  it.each([
    ['{"category": "decision_sanction"}', 'decision_sanction'],
    ['  {"category":"NONE"}\n', 'none'],
    ['```json\n{"category": "disinformation"}\n```', 'disinformation'],
    ['<think>người dùng hỏi về luật</think>\n{"category": "none"}', 'none'],
  ])('reads %j as %s', (answer, expected) => {
    expect(parseGuardAnswer(answer, [...offered])).toBe(expected);
  });

  it.each([
    'decision_sanction',
    'Tin nhắn này thuộc nhóm {"category": "decision_sanction"}',
    '{"category": "deepfake"}',
    '{"category": "decision_sanction", "reason": "…"}',
    '{"category": decision_sanction}',
    '{"nhom": "none"}',
    '',
  ])('refuses %j (the local decision stands)', (answer) => {
    expect(parseGuardAnswer(answer, [...offered])).toBeUndefined();
  });
});
