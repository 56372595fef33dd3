/**
 * `npm run --silent doc:check -- FILE.docx [--fixed OUT.docx]`: checks a .docx (or a .txt, text rules only) against
 * Nghị định 30/2020/NĐ-CP and prints one JSON object per finding: {"rule", "message", "where", "severity", "fix"?}.
 * `--fixed` also writes the corrected copy. Exit code 0 when checked (findings or not), 2 on a bad argument or file.
 */
import fs from 'node:fs';
import { createDocumentChecker } from '../documents/check/check-document';
import { findingRecord } from '../documents/chat/render-findings';
import { correctedCopy } from '../documents/correct/corrected-copy';
import { loadLexicon } from '../documents/spelling/lexicon';

/** Runs the command; resolves with the exit code. */
export async function main(argv: string[], output: NodeJS.WritableStream, errors: NodeJS.WritableStream): Promise<number> {
  const fixedAt = argv.indexOf('--fixed');
  const fixedOut = fixedAt >= 0 ? argv[fixedAt + 1] : undefined;
  const files = argv.filter((a, i) => !a.startsWith('--') && (fixedAt < 0 || i !== fixedAt + 1));
  if (files.length !== 1 || (fixedAt >= 0 && !fixedOut)) {
    errors.write('Usage: doc:check FILE.docx|FILE.txt [--fixed OUT.docx]\n');
    return 2;
  }
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(files[0]);
  } catch (e) {
    errors.write(`doc:check: cannot read ${files[0]}: ${(e as Error).message}\n`);
    return 2;
  }
  const checker = createDocumentChecker({ lexicon: loadLexicon() });
  if (/\.txt$/i.test(files[0])) {
    for (const f of checker.checkText(buffer.toString('utf8').replace(/^\ufeff/, '')).findings) output.write(`${JSON.stringify(findingRecord(f))}\n`);
    return 0;
  }
  let report;
  try {
    report = await checker.checkDocx(buffer);
  } catch (e) {
    errors.write(`doc:check: ${files[0]} is not a readable .docx (${(e as Error).message})\n`);
    return 2;
  }
  for (const f of report.findings) output.write(`${JSON.stringify(findingRecord(f))}\n`);
  if (fixedOut) {
    const copy = await correctedCopy(report.model, report.findings, { author: 'Trợ lý Công vụ', date: new Date() });
    fs.writeFileSync(fixedOut, copy.buffer);
    errors.write(`doc:check: ${copy.fixed} fixed, ${copy.commented} commented → ${fixedOut}\n`);
  }
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2), process.stdout, process.stderr).then((code) => process.exit(code));
}
