/**
 * Speed of the document checker on a 10-page document (target: under 1 s).
 * `npx tsx bench/documents/check-bench.ts [pages=10] [runs=20]`: a compliant report of about 500 words a page (the
 * test documents' prose), with a handful of planted errors, checked `runs` times after 2 warm-up runs; also the
 * first use (reading the shipped lexicon) and the corrected copy.
 */
import { performance } from 'node:perf_hooks';
import { createDocumentChecker } from '../../src/documents/check/check-document';
import { correctedCopy } from '../../src/documents/correct/corrected-copy';
import { loadLexicon } from '../../src/documents/spelling/lexicon';
import { renderSpec } from '../../test/helpers/document-spec';
import { cleanSpec, rng } from '../../test/helpers/planted-documents';

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

async function main(): Promise<void> {
  const pages = Number(process.argv[2] ?? 10);
  const runs = Number(process.argv[3] ?? 20);
  const spec = cleanSpec(1);
  const pool = [...Array(8).keys()].flatMap((s) => cleanSpec(s).body);
  const r = rng(3);
  let words = 0;
  spec.body = [];
  while (words < pages * 500) {
    const p = pool[Math.floor(r() * pool.length)];
    spec.body.push({ ...p });
    words += p.text.split(/\s+/).length;
  }
  spec.body[5].text = spec.body[5].text.replace(/,/, ' ,');
  spec.body[9] = { ...spec.body[9], size: 12 };
  spec.date.text = spec.date.text.replace(/ngày \d+/, 'ngày 5');
  const buffer = await renderSpec(spec);

  let t = performance.now();
  const lexicon = loadLexicon();
  const loadMs = performance.now() - t;
  const checker = createDocumentChecker({ lexicon });
  for (let i = 0; i < 2; i++) await checker.checkDocx(buffer);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    findings = (await checker.checkDocx(buffer)).findings.length;
    times.push(performance.now() - t);
  }
  const copies: number[] = [];
  for (let i = 0; i < Math.min(runs, 10); i++) {
    const report = await checker.checkDocx(buffer);
    t = performance.now();
    await correctedCopy(report.model, report.findings, { author: 'bench', date: new Date() });
    copies.push(performance.now() - t);
  }
  console.log(`document: ${pages} pages, ${words} words, ${spec.body.length} body paragraphs, ${buffer.length} bytes, ${findings} findings`);
  console.log(`lexicon first load: ${loadMs.toFixed(0)} ms`);
  console.log(`check: median ${pct(times, 0.5).toFixed(1)} ms, p95 ${pct(times, 0.95).toFixed(1)} ms (${runs} runs)`);
  console.log(`corrected copy: median ${pct(copies, 0.5).toFixed(1)} ms, p95 ${pct(copies, 0.95).toFixed(1)} ms`);
  console.log(`heap used after: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
