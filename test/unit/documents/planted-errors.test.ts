import { createDocumentChecker } from '../../../src/documents/check/check-document';
import { RULE_CODES } from '../../../src/documents/check/findings';
import { loadLexicon } from '../../../src/documents/spelling/lexicon';
import { renderSpec } from '../../helpers/document-spec';
import { cleanSpec, MUTATIONS } from '../../helpers/planted-documents';

// Documents built as real files are (fonts in styles or on runs; rule lines drawn, in VML, as borders, underscores or
// underlines; header and signature in tables), clean and with one planted error each. Figures over more documents:
// bench/documents/planted-eval.ts.
const checker = createDocumentChecker({ lexicon: loadLexicon() });
const SEEDS = [0, 7, 13];

describe('planted errors in documents built the ways real files are', () => {
  it.each(SEEDS)('finds nothing at all in clean document %i', async (seed) => {
    const report = await checker.checkDocx(await renderSpec(cleanSpec(seed)));
    expect(report.findings.map((f) => `${f.rule}: ${f.message} @ ${f.where}`)).toEqual([]);
  });

  it('plants at least one error of every rule code', () => {
    expect(new Set(MUTATIONS.map((m) => m.rule))).toEqual(new Set(RULE_CODES));
  });

  describe.each(SEEDS)('document %i', (seed) => {
    it.each(MUTATIONS.map((m) => [m.rule, m.name, m] as const))('%s: %s', async (rule, _name, m) => {
      const spec = cleanSpec(seed);
      if (m.apply(spec) === false) return;
      const report = await checker.checkDocx(await renderSpec(spec));
      expect(report.findings.map((f) => f.rule)).toContain(rule);
      const hit = report.findings.find((f) => f.rule === rule)!;
      expect(hit.message).toMatch(/Nghị định 30\/2020\/NĐ-CP|chính tả/);
    });
  });
});
