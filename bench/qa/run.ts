/**
 * Whole-turn throughput and latency of legal Q&A in extractive mode, through POST /api/messages in Teams'
 * wire protocol, with C concurrent conversations (the model excluded).
 *
 *   npx tsx bench/qa/run.ts [--corpus ../shared/data/legal/phapdien.jsonl.gz] [--turns 2000] [--concurrency 50]
 *                           [--rate 200 [--arrivals even|poisson]] [--warmup 1000] [--profile] [--timeline] [--no-build]
 *
 * Closed loop (default): each of C conversations sends its next question as soon as the previous
 * answer came back, so the figures are the service's maximum throughput at C turns in flight (by
 * Little's law, latency ≈ C / throughput there). Open loop (`--rate R`): turns arrive at a fixed total
 * rate R (evenly spaced, or a Poisson process), spread round-robin over the C conversations whatever
 * the service does; latency counts from the scheduled arrival, so a service falling behind shows it
 * (no coordinated omission). This is what "p95 at 200 turns/s" means.
 *
 * The service runs as a child process exactly as `npm start` runs it: the compiled dist/src/index.js (built
 * first unless --no-build), embedded store, real gate, retriever (in its knowledge thread) and bot. This process
 * sends the activities and hosts the connector endpoint that receives the replies. The first run builds the
 * knowledge index under data/bench (cached after). `--timeline` prints p50/max latency per half second on stderr.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { startConnectorServer } from '../../src/cli/chat/connector-server';
import { messageActivity, type ChatIdentity } from '../../src/cli/chat/activity-factory';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : def;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

let finished = false;

async function main() {
  const corpus = path.resolve(arg('corpus', path.join('..', 'shared', 'data', 'legal', 'phapdien.jsonl.gz')));
  const questionsFile = path.resolve(arg('questions', path.join('..', 'shared', 'data', 'legal', 'questions_dev.jsonl')));
  const turns = Number(arg('turns', '2000'));
  const rate = Number(arg('rate', '0'));
  const arrivals = arg('arrivals', 'even');
  const concurrency = Number(arg('concurrency', '50'));
  const port = Number(arg('port', '3988'));
  // The knowledge index under data/bench is reused between runs; the store and outbox start empty.
  const dataDir = path.resolve('data', 'bench');
  for (const sub of ['store', 'outbox']) fs.rmSync(path.join(dataDir, sub), { recursive: true, force: true });
  // The service runs as its own process (as in production); this process plays Teams and its connector.
  const profile = process.argv.includes('--profile') ? ['--cpu-prof', '--cpu-prof-dir=build/profiles'] : [];
  if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  const t0 = Date.now();
  const server = spawn(process.execPath, [...profile, '--enable-source-maps', 'dist/src/index.js'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, KNOWLEDGE_PATHS: corpus, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Never leave the service running (holding the port) when the bench stops early.
  process.on('exit', () => server.exitCode === null && server.kill('SIGKILL'));
  server.once('exit', (code) => {
    if (!finished) {
      console.error(`the service exited early (code ${code})`);
      process.exit(1);
    }
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
  // Plain http with kept-alive sockets: the load generator shares the two cores with the service, so it should cost
  // as little CPU per turn as it can (fetch costs about twice as much).
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency * 2 });
  const post = (who: ChatIdentity, q: string): Promise<{ status: number }> =>
    new Promise<{ status: number }>((resolve, reject) => {
      const body = Buffer.from(JSON.stringify(messageActivity(who, q)));
      const req = http.request(`${base}/api/messages`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      });
      req.on('error', (err: NodeJS.ErrnoException) => {
        // A kept-alive socket the server closed just as it was reused: send again on a fresh one (Node's documented pattern).
        if (req.reusedSocket && err.code === 'ECONNRESET') post(who, q).then(resolve, reject);
        else reject(err);
      });
      req.end(body);
    });
  const latencies: number[] = [];
  // (arrival, latency) of each turn, for --timeline: where in the run the slow turns are.
  const timeline: [number, number][] = [];
  let failures = 0;
  // One turn: latency from `from` (the scheduled arrival in open loop, the send in closed loop).
  const turn = async (who: ChatIdentity, q: string, from: number) => {
    const res = await post(who, q).catch(() => ({ status: 0 }));
    if (res.status !== 200) failures++;
    latencies.push(performance.now() - from);
    timeline.push([from, performance.now() - from]);
  };
  let next = 0;
  const worker = async (who: ChatIdentity) => {
    while (next < turns) {
      const q = questions[next++ % questions.length];
      await turn(who, q, performance.now());
    }
  };
  let busyArrivals = 0;
  const openLoop = async () => {
    const inFlight = new Set<Promise<void>>();
    const busy = new Set<number>();
    const start = performance.now();
    let at = 0;
    for (let i = 0; i < turns; i++) {
      // Poisson arrivals: exponential gaps with mean 1/rate; even: exactly 1/rate apart.
      at += arrivals === 'poisson' ? -Math.log(1 - Math.random()) * (1000 / rate) : 1000 / rate;
      const wait = start + at - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const c = i % concurrency;
      // A conversation still waiting for its previous answer gets the next question anyway (open loop).
      if (busy.has(c)) busyArrivals++;
      busy.add(c);
      const p: Promise<void> = turn(identities[c], questions[i % questions.length], start + at).finally(() => {
        busy.delete(c);
        inFlight.delete(p);
      });
      inFlight.add(p);
    }
    await Promise.all(inFlight);
  };
  // Warm-up, not measured: `--warmup` turns (default 1,000) in closed loop over every conversation, so that the
  // figures are those of a service past its start (JIT-compiled code, caches and heap settled), not of its first seconds.
  const warmup = Number(arg('warmup', '1000'));
  for (let i = 0; i * concurrency < warmup; i++) await Promise.all(identities.map((who, j) => post(who, questions[(i * concurrency + j) % questions.length])));
  const repliesBefore = connector.received.length;
  // CPU time of the service (all its threads) and of this process over the measured turns: on a shared
  // machine, throughput depends on the other jobs but CPU per turn much less.
  // The service process (and any child process it starts).
  const servicePids = () => [server.pid!, ...fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((d) => {
    try {
      return fs.readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ')[1] === String(server.pid);
    } catch {
      return false;
    }
  }).map(Number)];
  const pids = servicePids();
  const serverCpu = () => pids.reduce((sum, pid) => {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return sum + ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, in ms (USER_HZ = 100)
  }, 0);
  // The main thread apart from the others (libuv pool, V8 GC helpers…): the main thread is the one that saturates.
  const threadCpu = () => {
    const out = new Map<string, number>();
    for (const pid of pids) {
      for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
        try {
          const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
          const name = tid === String(pid) ? 'main' : 'other threads';
          const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          out.set(name, (out.get(name) ?? 0) + ((Number(f[11]) + Number(f[12])) * 1000) / 100);
        } catch {
          // thread ended
        }
      }
    }
    return out;
  };
  const threadsBefore = threadCpu();
  const cpuBefore = { server: serverCpu(), client: process.cpuUsage() };
  const wall = performance.now();
  if (rate > 0) await openLoop();
  else await Promise.all(identities.map(worker));
  const seconds = (performance.now() - wall) / 1000;
  const clientCpu = process.cpuUsage(cpuBefore.client);
  const perTurn = (ms: number) => Math.round((ms / turns) * 100) / 100;
  const cpuMsPerTurn = { server: perTurn(serverCpu() - cpuBefore.server), bench: perTurn((clientCpu.user + clientCpu.system) / 1000) };
  const serverThreadsMsPerTurn = Object.fromEntries([...threadCpu()].map(([name, ms]) => [name, perTurn(ms - (threadsBefore.get(name) ?? 0))]).filter(([, ms]) => (ms as number) > 0));
  if (process.argv.includes('--timeline')) printTimeline(timeline);
  latencies.sort((a, b) => a - b);
  const answers = connector.received.slice(repliesBefore).filter((r) => r.activity.type === 'message').length;
  const ready = (await (await fetch(`${base}/readyz`)).json()) as { checks: { knowledge: { detail?: string } } };
  const rssMb = Math.round(pids.reduce((sum, pid) => sum + Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0), 0) / 1024);
  console.log(JSON.stringify({
    corpus: path.basename(corpus), knowledge: ready.checks.knowledge.detail, startToReadyMs: loadMs,
    store: process.env.MONGODB_URI ? 'mongodb' : 'embedded',
    mode: rate > 0 ? `open loop, ${arrivals} arrivals at ${rate}/s` : 'closed loop',
    turns: latencies.length, concurrency, failures, repliesReceived: answers, ...(rate > 0 ? { arrivalsOnBusyConversation: busyArrivals } : {}),
    turnsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
    p50Ms: Math.round(percentile(latencies, 50) * 10) / 10, p95Ms: Math.round(percentile(latencies, 95) * 10) / 10, p99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
    cpuMsPerTurn, serverThreadsMsPerTurn, serverRssMb: rssMb, cpus: os.cpus().length, loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10), node: process.version,
  }, null, 2));
  finished = true;
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  agent.destroy();
  await connector.close();
}

/** p50 and max latency per half second of arrivals, on stderr. */
function printTimeline(points: [number, number][]) {
  const t0 = Math.min(...points.map((p) => p[0]));
  const buckets = new Map<number, number[]>();
  for (const [at, ms] of points) {
    const b = Math.floor((at - t0) / 500);
    buckets.set(b, [...(buckets.get(b) ?? []), ms]);
  }
  for (const [b, ms] of [...buckets].sort((x, y) => x[0] - y[0])) {
    ms.sort((x, y) => x - y);
    process.stderr.write(`${(b / 2).toFixed(1)}s n=${ms.length} p50=${percentile(ms, 50).toFixed(0)} max=${ms[ms.length - 1].toFixed(0)}\n`);
  }
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
