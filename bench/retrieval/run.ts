// Retrieval benchmark: index build and load time, recall@1/@10 and MRR@10 on the dev questions (with and without
// diacritics; train/holdout halves of the re-ranker split), p50/p95 query latency and peak memory.
// Usage: npx tsx bench/retrieval/run.ts [--corpus ../shared/data/legal/phapdien.jsonl.gz] [--data-dir /tmp/kb-bench] [--rebuild]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { knowledgeBaseFromIndex, loadOrBuildIndex } from '../../src/knowledge';
import { metrics, readDevQuestions, sharedDir, splitOf, unaccented, type DevQuestion } from './dev-set';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: path.join(sharedDir(), 'data', 'legal', 'phapdien.jsonl.gz') },
    'data-dir': { type: 'string', default: '/tmp/kb-bench' },
    rebuild: { type: 'boolean', default: false },
    phase: { type: 'string' },
  },
});
const corpus = path.resolve(values.corpus ?? '');
const dataDir = path.resolve(values['data-dir'] ?? '');
const mb = (bytes: number): number => Math.round(bytes / 1048576);

async function phaseBuild(): Promise<object> {
  const t = Date.now();
  const { data, built } = await loadOrBuildIndex({ paths: [corpus], dataDir, onProgress: () => undefined });
  return { built, articles: data.n, seconds: (Date.now() - t) / 1000, peakRssMb: mb(process.resourceUsage().maxRSS * 1024) };
}

async function phaseQuery(): Promise<object> {
  const t = Date.now();
  const { data, built } = await loadOrBuildIndex({ paths: [corpus], dataDir, onProgress: () => undefined });
  const kb = knowledgeBaseFromIndex(data);
  const loadSeconds = (Date.now() - t) / 1000;
  const questions = readDevQuestions();
  const latencies: number[] = [];
  const run = (qs: DevQuestion[]) =>
    qs.map((q) => {
      const s = process.hrtime.bigint();
      const ids = kb.retriever.search(q.question, 10).map((h) => h.article.id);
      latencies.push(Number(process.hrtime.bigint() - s) / 1e6);
      return { gold: q.gold, ids, split: splitOf(q.qid) };
    });
  const results = { accented: run(questions), unaccented: run(questions.map(unaccented)) };
  latencies.sort((a, b) => a - b);
  const pct = (p: number): number => Number(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(2));
  const table: Record<string, object> = {};
  for (const [name, res] of Object.entries(results)) {
    table[`${name}/all`] = metrics(res);
    for (const split of ['train', 'holdout'] as const) table[`${name}/${split}`] = metrics(res.filter((r) => r.split === split));
  }
  return { built, loadSeconds, queries: latencies.length, p50Ms: pct(0.5), p95Ms: pct(0.95), rssMb: mb(process.memoryUsage().rss), peakRssMb: mb(process.resourceUsage().maxRSS * 1024), metrics: table };
}

function child(phase: string): Record<string, unknown> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--phase', phase, '--corpus', corpus, '--data-dir', dataDir], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${phase} phase failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
}

async function main(): Promise<void> {
  if (values.phase === 'build') return void process.stdout.write(`${JSON.stringify(await phaseBuild())}\n`);
  if (values.phase === 'query') return void process.stdout.write(`${JSON.stringify(await phaseQuery())}\n`);
  if (values.rebuild) fs.rmSync(path.join(dataDir, 'index'), { recursive: true, force: true });
  const build = child('build');
  const query = child('query');
  console.log(JSON.stringify({ corpus, build, query }, null, 2));
  const m = query.metrics as Record<string, { r1: number; r10: number; mrr10: number; n: number }>;
  console.log('\n| questions | n | R@1 | R@10 | MRR@10 |\n|---|---|---|---|---|');
  for (const [name, v] of Object.entries(m)) console.log(`| ${name} | ${v.n} | ${v.r1.toFixed(3)} | ${v.r10.toFixed(3)} | ${v.mrr10.toFixed(3)} |`);
}

void main();
