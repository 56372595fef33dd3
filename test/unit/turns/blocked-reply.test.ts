import fs from 'node:fs';
import path from 'node:path';
import { blockedReply } from '../../../src/turns/blocked-reply';

const reasons = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../policy/gate-reasons.vi.json'), 'utf8')) as {
  categories: Record<string, { message: string; rule: string; alternative: string }>;
};

// "Bạn có thể: Bạn có thể nhờ…": a label followed by the same words.
const DOUBLED = /(?:^|\n)(\p{L}+(?: \p{L}+){0,3}): \1(?=[\s.,;:]|$)/iu;

describe('blockedReply: the refusal as users read it', () => {
  it.each(Object.entries(reasons.categories))('%s: reason, rule and alternative once each, no label repeated by its text', (_category, r) => {
    const reply = blockedReply({ message: r.message.replace('{source}', 'Tin nhắn của bạn'), rule: r.rule, alternative: r.alternative });
    if (reply.kind !== 'text') throw new Error('expected text');
    expect(reply.text).not.toMatch(DOUBLED);
    expect(reply.text.split(r.alternative)).toHaveLength(2);
    expect(reply.text).toContain(`Căn cứ: ${r.rule}`);
  });

  it('catches the doubled wording it guards against', () => {
    expect('**Yêu cầu không được xử lý**\n\nBạn có thể: Bạn có thể nhờ soạn cảnh báo.').toMatch(DOUBLED);
    expect('Gợi ý: Bạn có thể nhờ soạn cảnh báo.').not.toMatch(DOUBLED);
  });
});
