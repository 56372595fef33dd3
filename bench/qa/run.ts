/**
 * Whole-turn throughput and latency of legal Q&A in extractive mode, through POST /api/messages in Teams'
 * wire protocol, with C concurrent conversations (the model excluded).
 *
 *   npx tsx bench/qa/run.ts [--corpus ../shared/data/legal/phapdien.jsonl.gz] [--turns 2000] [--concurrency 50]
 *
 * The service runs as a child process (embedded store, real gate, real retriever and bot, as `npm start`);
 * this process sends the activities and hosts the connector endpoint that receives the replies. The first
 * run builds the knowledge index under data/bench (cached after).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
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
  const port = Number(arg('port', '3988'));
  // The knowledge index under data/bench is reused between runs; the store and outbox start empty.
  const dataDir = path.resolve('data', 'bench');
  for (const sub of ['store', 'outbox']) fs.rmSync(path.join(dataDir, sub), { recursive: true, force: true });
  // The service runs as its own process (as in production); this process plays Teams and its connector.
  const t0 = Date.now();
  const profile = process.argv.includes('--profile') ? ['--cpu-prof', '--cpu-prof-dir=build/profiles'] : [];
  const server = spawn(process.execPath, [...profile, '--import', 'tsx', 'src/index.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, KNOWLEDGE_PATHS: corpus, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitReady(base, 600_000);
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
  const post = (who: ChatIdentity, q: string) =>
    fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(messageActivity(who, q)) });
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const worker = async (who: ChatIdentity) => {
    while (next < turns) {
      const q = questions[next++ % questions.length];
      const started = performance.now();
      const res = await post(who, q);
      await res.arrayBuffer();
      if (res.status !== 200) failures++;
      latencies.push(performance.now() - started);
    }
  };
  // Warm-up, not measured.
  for (let i = 0; i < 3; i++) await Promise.all(identities.map((who, j) => post(who, questions[(i * concurrency + j) % questions.length]).then((r) => r.arrayBuffer())));
  const repliesBefore = connector.received.length;
  const wall = performance.now();
  await Promise.all(identities.map(worker));
  const seconds = (performance.now() - wall) / 1000;
  latencies.sort((a, b) => a - b);
  const answers = connector.received.slice(repliesBefore).filter((r) => r.activity.type === 'message').length;
  const ready = (await (await fetch(`${base}/readyz`)).json()) as { checks: { knowledge: { detail?: string } } };
  const rssMb = Math.round(Number(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024);
  console.log(JSON.stringify({
    corpus: path.basename(corpus), knowledge: ready.checks.knowledge.detail, startToReadyMs: loadMs,
    turns: latencies.length, concurrency, failures, repliesReceived: answers,
    turnsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
    p50Ms: Math.round(percentile(latencies, 50) * 10) / 10, p95Ms: Math.round(percentile(latencies, 95) * 10) / 10, p99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
    serverRssMb: rssMb, cpus: os.cpus().length, loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10), node: process.version,
  }, null, 2));
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await connector.close();
}

async function waitReady(base: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/readyz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('service did not become ready');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
