/**
 * Recall of planted errors per rule code and false findings on clean documents.
 * `npx tsx bench/documents/planted-eval.ts [documents=20]`: each clean document (test/helpers/planted-documents.ts,
 * several types, issuers and ways of building the file) is checked, then every applicable planted error is checked
 * alone; a planted error counts as found when a finding of its rule appears that the clean document did not have.
 */
import { createDocumentChecker } from '../../src/documents/check/check-document';
import { RULE_CODES } from '../../src/documents/check/findings';
import { loadLexicon } from '../../src/documents/spelling/lexicon';
import { renderSpec } from '../../test/helpers/document-spec';
import { cleanSpec, MUTATIONS } from '../../test/helpers/planted-documents';

async function main(): Promise<void> {
  const docs = Number(process.argv[2] ?? 20);
  const checker = createDocumentChecker({ lexicon: loadLexicon() });
  const stats = new Map<string, { planted: number; found: number }>(RULE_CODES.map((r) => [r, { planted: 0, found: 0 }]));
  let cleanFindings = 0;
  const missed: string[] = [];
  const falses: string[] = [];
  for (let seed = 0; seed < docs; seed++) {
    const clean = await checker.checkDocx(await renderSpec(cleanSpec(seed)));
    cleanFindings += clean.findings.length;
    for (const f of clean.findings) falses.push(`seed ${seed}: ${f.rule} ${f.message} @ ${f.where}`);
    const before = new Set(clean.findings.map((f) => `${f.rule}|${f.message}`));
    for (const m of MUTATIONS) {
      const spec = cleanSpec(seed);
      if (m.apply(spec) === false) continue;
      const report = await checker.checkDocx(await renderSpec(spec));
      const s = stats.get(m.rule)!;
      s.planted++;
      if (report.findings.some((f) => f.rule === m.rule && !before.has(`${f.rule}|${f.message}`))) s.found++;
      else missed.push(`seed ${seed}: ${m.rule} / ${m.name}: ${report.findings.map((f) => f.rule).join(',')}`);
    }
  }
  let planted = 0;
  let found = 0;
  console.log('| rule | planted | found | recall |\n|---|---|---|---|');
  for (const [rule, s] of stats) {
    planted += s.planted;
    found += s.found;
    console.log(`| ${rule} | ${s.planted} | ${s.found} | ${s.planted ? ((100 * s.found) / s.planted).toFixed(1) : '-'} % |`);
  }
  console.log(`| all | ${planted} | ${found} | ${((100 * found) / planted).toFixed(1)} % |`);
  console.log(`false findings per clean document: ${(cleanFindings / docs).toFixed(2)} (${cleanFindings} in ${docs})`);
  if (process.env.VERBOSE) console.log([...missed, ...falses].join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
