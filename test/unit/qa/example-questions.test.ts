import path from 'node:path';
import { createGate, loadGatePolicy } from '../../../src/gate';
import { EXAMPLE_QUESTIONS } from '../../../src/qa';
import { greetingText, noBasisText, qaMessages } from '../../../src/qa/messages';
import { helpCard } from '../../../src/bot/replies/help-card';

const policy = loadGatePolicy(path.resolve(__dirname, '../../../policy/gate-policy.json'));
const shown = {
  help: JSON.stringify(helpCard()),
  noBasis: noBasisText(qaMessages),
  greeting: greetingText(qaMessages),
};

describe('the example questions users are shown', () => {
  it('cover the help card, the "no basis" tips and the greeting, one each', () => {
    expect(EXAMPLE_QUESTIONS.map((e) => e.shownIn).sort()).toEqual(['greeting', 'help', 'noBasis']);
  });

  it.each(EXAMPLE_QUESTIONS.map((e) => [e.shownIn, e] as const))('%s: a well-formed Vietnamese question, shown verbatim', (where, e) => {
    expect(e.question).toBe(e.question.normalize('NFC').trim());
    expect(e.question).toMatch(/^\p{Lu}[^{}"\n]{8,110}\?$/u);
    expect(e.question).toMatch(/[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i);
    expect(shown[where]).toContain(e.question);
    expect(shown[where]).not.toMatch(/\{\w+\}/);
    expect(e.answeredBy.soHieu).toMatch(/^\d+\/\d{4}\/[\p{Lu}\d-]+$/u);
    expect(e.answeredBy.article).toMatch(/^\d+[a-z]?$/);
  });

  it.each(EXAMPLE_QUESTIONS.map((e) => [e.shownIn, e.question]))('%s: the gate lets it through untouched in both zones', (_where, question) => {
    for (const zone of ['onprem', 'external'] as const) {
      const v = createGate({ policy, zone }).screen(question);
      expect([v.decision, v.categories]).toEqual(['allow', []]);
    }
  });
});
