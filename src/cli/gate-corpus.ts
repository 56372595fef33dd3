/**
 * Assembles the gate corpus: copies the writers' raw files into policy/corpus/raw/, validates them, derives level
 * and zone decisions with the policy, removes duplicates, assigns splits and writes corpus.jsonl and the data card.
 * Usage: npm run gate:corpus [-- --from ../corpus-raw] [--policy policy/gate-policy.json]
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadGatePolicy } from '../gate';
import { assemble } from '../gate/learn/assemble';
import { CORPUS_DIR, CORPUS_FILE } from '../gate/learn/corpus';
import { dataCard } from '../gate/learn/data-card';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const from = path.resolve(arg('--from', '../corpus-raw'));
const policy = loadGatePolicy(path.resolve(arg('--policy', 'policy/gate-policy.json')));
const rawDir = path.join(CORPUS_DIR, 'raw');
fs.mkdirSync(rawDir, { recursive: true });
if (fs.existsSync(from)) {
  for (const f of fs.readdirSync(from).filter((f) => f.endsWith('.jsonl')).sort()) fs.copyFileSync(path.join(from, f), path.join(rawDir, f));
  console.log(`copied the raw files of ${from} into ${path.relative(process.cwd(), rawDir)}`);
} else {
  console.log(`${from} not found: assembling the raw files already in ${path.relative(process.cwd(), rawDir)}`);
}
const files = fs.readdirSync(rawDir).filter((f) => f.endsWith('.jsonl')).sort()
  .map((f) => ({ writer: f.replace(/\.jsonl$/, ''), content: fs.readFileSync(path.join(rawDir, f), 'utf8') }));
const report = assemble(files, policy);
fs.writeFileSync(CORPUS_FILE, report.items.map((it) => JSON.stringify(it)).join('\n') + '\n');
const sources = files.map((f) => ({ writer: f.writer, lines: f.content.split('\n').filter((l) => l.trim()).length }));
fs.writeFileSync(path.join(CORPUS_DIR, 'README.md'), dataCard(report, sources));
console.log(`${report.items.length} items (${report.invalid.length} invalid lines, ${report.exactDuplicates.length} exact and ${report.nearDuplicates.length} near duplicates removed)`);
for (const i of report.invalid.slice(0, 20)) console.log(`  invalid: ${i.writer} line ${i.line}: ${i.reason}`);
