/**
 * Whole-turn throughput and latency of legal Q&A in extractive mode, through POST /api/messages in Teams'
 * wire protocol, with C concurrent conversations (the model excluded).
 *
 *   npx tsx bench/qa/run.ts [--corpus ../shared/data/legal/phapdien.jsonl.gz] [--turns 2000] [--concurrency 50]
 *
 * The service runs in this process (embedded store, real gate, real retriever and bot); a local connector
 * endpoint receives the replies. The first run builds the knowledge index under data/bench (cached after).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/core/logger';
import { createRuntime } from '../../src/runtime';
import { startConnectorServer } from '../../src/cli/chat/connector-server';
import { messageActivity, type ChatIdentity } from '../../src/cli/chat/activity-factory';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : def;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const corpus = path.resolve(arg('corpus', path.join('..', 'shared', 'data', 'legal', 'phapdien.jsonl.gz')));
  const questionsFile = path.resolve(arg('questions', path.join('..', 'shared', 'data', 'legal', 'questions_dev.jsonl')));
  const turns = Number(arg('turns', '2000'));
  const concurrency = Number(arg('concurrency', '50'));
  // The knowledge index under data/bench is reused between runs; the store and outbox start empty.
  const dataDir = path.resolve('data', 'bench');
  for (const sub of ['store', 'outbox']) fs.rmSync(path.join(dataDir, sub), { recursive: true, force: true });
  const config = loadConfig({ DATA_DIR: dataDir, KNOWLEDGE_PATHS: corpus, LOG_LEVEL: 'warn' } as NodeJS.ProcessEnv);
  config.port = 0;
  config.host = '127.0.0.1';
  const t0 = Date.now();
  const runtime = await createRuntime(config, { logger: createLogger('warn') });
  const base = await runtime.start();
  await runtime.ready();
  const loadMs = Date.now() - t0;
  const connector = await startConnectorServer();
  const questions = fs.readFileSync(questionsFile, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { question: string }).question);
  const identities: ChatIdentity[] = Array.from({ length: concurrency }, (_, i) => ({
    serviceUrl: connector.serviceUrl,
    conversationId: `a:bench-${i}`,
    conversationType: 'personal',
    user: { id: `29:bench-${i}`, name: `Cán bộ ${i}`, aadObjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` },
    bot: { id: '28:bench-bot', name: 'Trợ lý Công vụ' },
    tenantId: 'bench-tenant',
  }));
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const worker = async (who: ChatIdentity) => {
    while (next < turns) {
      const q = questions[next++ % questions.length];
      const started = performance.now();
      const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(messageActivity(who, q)) });
      await res.arrayBuffer();
      if (res.status !== 200) failures++;
      latencies.push(performance.now() - started);
    }
  };
  // Warm-up, not measured.
  await Promise.all(identities.slice(0, 5).map((who) => fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(messageActivity(who, questions[0])) })));
  const wall = performance.now();
  await Promise.all(identities.map(worker));
  const seconds = (performance.now() - wall) / 1000;
  latencies.sort((a, b) => a - b);
  const answers = connector.received.filter((r) => r.activity.type === 'message').length;
  console.log(JSON.stringify({
    corpus: path.basename(corpus), articles: runtime.knowledge.current()?.articleCount, startToReadyMs: loadMs,
    turns: latencies.length, concurrency, failures, repliesReceived: answers,
    turnsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
    p50Ms: Math.round(percentile(latencies, 50) * 10) / 10, p95Ms: Math.round(percentile(latencies, 95) * 10) / 10, p99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
    rssMb: Math.round(process.memoryUsage().rss / 1e6), cpus: os.cpus().length, node: process.version,
  }, null, 2));
  await runtime.stop();
  await connector.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
