/**
 * Load run through several instances on one database (issue 16): one FerretDB, then (a) one instance and (b) two
 * instances, each behind a small round-robin proxy (bench/scale/round-robin-proxy.ts), driven by N simulated people for
 * a fixed time with a realistic mix of turns: legal questions mostly, some feedback on an answer they got, some small talk.
 *
 *   npx tsx bench/scale/load-run.ts [--people 32] [--seconds 60] [--warmup-seconds 10] [--instances 1,2] [--think-ms 0] [--window-seconds 15]
 *                                   [--corpus ../shared/data/legal/phapdien.jsonl.gz] [--no-build]
 *
 * Closed loop: each person sends the next turn as soon as the previous one is answered (plus --think-ms), so the figures
 * are the most the set-up does with N turns in flight. The instances run as `npm start` runs them (the compiled
 * dist/src/index.js, built first unless --no-build) with MONGODB_URI on the bench's FerretDB (SQLite backend), the real
 * gate, the legal search over the shipped corpus in its knowledge thread, no model (extractive answers), and no rate
 * limit (RATE_LIMIT_PER_MINUTE=0: simulated people type faster than people). The knowledge index is built once under
 * data/bench-scale and copied to each instance's data folder. This process plays Teams, the connector and the proxy on
 * the same cores, and prints one JSON line per set-up. Needs FerretDB (FERRETDB_BIN or .ci/ferretdb.sh's build).
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { MongoClient } from 'mongodb';
import { startConnectorServer, type ConnectorServer } from '../../src/cli/chat/connector-server';
import { feedbackActivity, messageActivity, type ChatIdentity } from '../../src/cli/chat/activity-factory';
import { serviceMessages } from '../../src/messages/service';
import { findFerretdb, startFerretdb, type FerretdbProcess } from '../../test/helpers/ferretdb';
import { startRoundRobinProxy } from './round-robin-proxy';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : def;
}

const SMALL_TALK = ['Xin chào', 'Cảm ơn bạn nhé', 'Bạn giúp được gì cho tôi?', 'Chào buổi sáng'];
const COMMENTS = ['', 'Câu trả lời hữu ích', 'Chưa đúng ý tôi hỏi', ''];
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);
const round1 = (n: number) => Math.round(n * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// Turns completed so far (all runs), for the per-window CPU figures.
let completed = 0;

/** user + system CPU time of a process (all its threads), in ms. */
function cpuMs(pid: number): number {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/** Resident memory of a process, in MB. */
function rssMb(pid: number): number {
  const kb = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1];
  return Math.round(Number(kb ?? 0) / 1024);
}

/** This process's children named `comm` (the FerretDB the helper started). */
function childrenNamed(comm: string): number[] {
  return fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((d) => {
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      return stat.includes(`(${comm})`) && stat.split(') ')[1].split(' ')[1] === String(process.pid);
    } catch {
      return false;
    }
  }).map(Number);
}

type Instance = { child: ChildProcess; base: string; dataDir: string };

async function waitReady(base: string, child: ChildProcess, withinMs: number): Promise<void> {
  for (const end = Date.now() + withinMs; Date.now() < end; await sleep(250)) {
    if (child.exitCode !== null) throw new Error(`the instance exited at start (code ${child.exitCode})`);
    if (await fetch(`${base}/readyz`).then((r) => r.status === 200, () => false)) return;
  }
  throw new Error(`${base} not ready after ${withinMs} ms`);
}

/** Starts one instance as `npm start` does, on `dataDir` (index copied in beforehand), and waits until it is ready. */
async function startInstance(env: Record<string, string>, dataDir: string, port: number): Promise<Instance> {
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/src/index.js'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitReady(base, child, 600_000);
  return { child, base, dataDir };
}

async function stopInstance(i: Instance): Promise<void> {
  if (i.child.exitCode !== null) return;
  const exited = new Promise((r) => i.child.once('exit', r));
  i.child.kill('SIGTERM');
  await exited;
}

/** What the connector received that the people act on: each conversation's last answer, and "busy" replies. */
function trackReplies(connector: ConnectorServer) {
  const lastAnswer = new Map<string, string>();
  const busyIn = new Set<string>();
  connector.onActivity((a) => {
    if (JSON.stringify(a.activity.entities ?? '').includes('AIGeneratedContent')) lastAnswer.set(a.conversationId, a.id);
    if (a.activity.text === serviceMessages.busy) busyIn.add(a.conversationId);
  });
  return { serviceUrl: connector.serviceUrl, lastAnswer, busyIn };
}
type Replies = ReturnType<typeof trackReplies>;

/** Drives `people` simulated people through `url` for `seconds`; returns latencies and outcome counts. */
async function drive(url: string, connector: Replies, opts: { people: number; seconds: number; thinkMs: number; questions: string[]; tag: string }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.people * 2 });
  const { lastAnswer, busyIn } = connector;
  const post = (activity: unknown): Promise<number> =>
    new Promise((resolve) => {
      const body = Buffer.from(JSON.stringify(activity));
      const req = http.request(`${url}/api/messages`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', () => resolve(0));
      req.setTimeout(60_000, () => req.destroy());
      req.end(body);
    });
  const byKind = { question: [] as number[], feedback: [] as number[], smalltalk: [] as number[] };
  const all: number[] = [];
  let errors = 0;
  let busy = 0;
  let seed = 42;
  // A fixed pseudo-random sequence, so every run sends the same mix.
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const end = performance.now() + opts.seconds * 1000;
  const person = async (p: number) => {
    const who: ChatIdentity = {
      serviceUrl: connector.serviceUrl, conversationId: `a:${opts.tag}-${p}`, conversationType: 'personal',
      user: { id: `29:${opts.tag}-${p}`, name: `Cán bộ ${p}`, aadObjectId: `00000000-0000-4000-8000-${String(p).padStart(12, '0')}` },
      bot: { id: '28:bench-bot', name: 'Trợ lý Công vụ' }, tenantId: 'bench-tenant',
    };
    for (let n = 0; performance.now() < end; n++) {
      const r = random();
      const answered = lastAnswer.get(who.conversationId);
      // About 75 % legal questions, 15 % feedback on the last answer, 10 % small talk.
      const kind = r < 0.15 && answered ? 'feedback' : r < 0.25 ? 'smalltalk' : 'question';
      const activity = kind === 'feedback'
        ? feedbackActivity(who, answered as string, r < 0.1 ? 'like' : 'dislike', COMMENTS[n % COMMENTS.length])
        : messageActivity(who, kind === 'smalltalk' ? SMALL_TALK[n % SMALL_TALK.length] : opts.questions[Math.floor(random() * opts.questions.length)]);
      if (kind === 'feedback') lastAnswer.delete(who.conversationId);
      const t = performance.now();
      const status = await post(activity);
      const ms = performance.now() - t;
      if (status !== 200) errors++;
      if (busyIn.delete(who.conversationId)) busy++;
      byKind[kind].push(ms);
      all.push(ms);
      completed++;
      if (opts.thinkMs) await sleep(opts.thinkMs);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: opts.people }, (_, p) => person(p)));
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return { n: s.length, p50: round1(percentile(s, 50)), p95: round1(percentile(s, 95)), p99: round1(percentile(s, 99)) };
  };
  return { seconds, turns: all.length, errors, busy, all: stats(all), byKind: { question: stats(byKind.question), feedback: stats(byKind.feedback), smalltalk: stats(byKind.smalltalk) } };
}

/** Documents per collection after the run (what the database holds when the per-turn cost is measured). */
async function countDocuments(uri: string, dbName: string): Promise<Record<string, number>> {
  const client = await new MongoClient(uri).connect();
  try {
    const out: Record<string, number> = {};
    for (const name of ['audit', 'answers', 'feedback', 'state', 'users', 'expiring']) out[name] = await client.db(dbName).collection(name).countDocuments();
    return out;
  } finally {
    await client.close();
  }
}

async function main() {
  const corpus = path.resolve(arg('corpus', path.join('..', 'shared', 'data', 'legal', 'phapdien.jsonl.gz')));
  const questionsFile = path.resolve(arg('questions', path.join('..', 'shared', 'data', 'legal', 'questions_dev.jsonl')));
  const people = Number(arg('people', '32'));
  const seconds = Number(arg('seconds', '60'));
  const warmupSeconds = Number(arg('warmup-seconds', '10'));
  const thinkMs = Number(arg('think-ms', '0'));
  const windowSeconds = Number(arg('window-seconds', '15'));
  const setups = arg('instances', '1,2').split(',').map(Number);
  const bin = findFerretdb();
  if (!bin) throw new Error('FerretDB not found: set FERRETDB_BIN or build it with `bash .ci/ferretdb.sh`');
  if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  const questions = fs.readFileSync(questionsFile, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { question: string }).question);
  const root = path.resolve('data', 'bench-scale');
  const db: FerretdbProcess = await startFerretdb(bin);
  const ferretPid = childrenNamed('ferretdb')[0];
  const connector = await startConnectorServer();
  const replies = trackReplies(connector);
  const instances: Instance[] = [];
  process.on('exit', () => instances.forEach((i) => i.child.exitCode === null && i.child.kill('SIGKILL')));
  try {
    for (const count of setups) {
      const dbName = `load_${count}_${Date.now()}`;
      const env = { MONGODB_URI: db.uri, MONGODB_DB: dbName, KNOWLEDGE_PATHS: corpus, RATE_LIMIT_PER_MINUTE: '0' };
      // The index is built once (the first instance ever, under data/bench-scale/index-source) and copied to the others.
      const source = path.join(root, 'index-source');
      for (let k = 0; k < count; k++) {
        const dataDir = path.join(root, `instance-${k}`);
        fs.rmSync(dataDir, { recursive: true, force: true });
        fs.mkdirSync(dataDir, { recursive: true });
        if (fs.existsSync(path.join(source, 'index'))) fs.cpSync(path.join(source, 'index'), path.join(dataDir, 'index'), { recursive: true });
        const t = Date.now();
        instances.push(await startInstance(env, dataDir, 4100 + k));
        console.error(`instance ${k + 1}/${count} ready in ${Date.now() - t} ms`);
        if (!fs.existsSync(path.join(source, 'index'))) fs.cpSync(path.join(dataDir, 'index'), path.join(source, 'index'), { recursive: true });
      }
      const proxy = await startRoundRobinProxy(instances.map((i) => i.base));
      await drive(proxy.url, replies, { people, seconds: warmupSeconds, thinkMs: 0, questions, tag: `warm${count}` });
      proxy.counts.fill(0);
      const pids = [...instances.map((i) => i.child.pid as number), ferretPid];
      const before = pids.map(cpuMs);
      // CPU per turn in each window of the run: whether the cost per turn grows as the database fills.
      const windows: { instancesMs: number; ferretdbMs: number }[] = [];
      let mark = { cpu: pids.map(cpuMs), turns: completed };
      const sampler = setInterval(() => {
        const cpuNow = pids.map(cpuMs);
        const turns = completed - mark.turns;
        const used = cpuNow.map((c, k) => c - mark.cpu[k]);
        windows.push({ instancesMs: round1(used.slice(0, count).reduce((a, b) => a + b, 0) / turns), ferretdbMs: round1(used[count] / turns) });
        mark = { cpu: cpuNow, turns: completed };
      }, windowSeconds * 1000);
      const result = await drive(proxy.url, replies, { people, seconds, thinkMs, questions, tag: `run${count}` });
      clearInterval(sampler);
      const cpu = pids.map((pid, k) => cpuMs(pid) - before[k]);
      const perTurn = (ms: number) => round1(ms / result.turns);
      console.log(JSON.stringify({
        instances: count, people, seconds: round1(result.seconds), turns: result.turns, turnsPerSecond: round1(result.turns / result.seconds),
        p50Ms: result.all.p50, p95Ms: result.all.p95, p99Ms: result.all.p99, errors: result.errors, busyReplies: result.busy,
        byKind: result.byKind, perInstance: proxy.counts,
        cpuMsPerTurn: { instances: perTurn(cpu.slice(0, count).reduce((a, b) => a + b, 0)), ferretdb: perTurn(cpu[count]) }, cpuMsPerTurnByWindow: windows,
        documents: await countDocuments(db.uri, dbName), instanceRssMb: instances.map((i) => rssMb(i.child.pid as number)),
        cpus: os.cpus().length, loadAverage: os.loadavg().map(round1), node: process.version, corpus: path.basename(corpus),
      }));
      await proxy.close();
      for (const i of instances.splice(0)) await stopInstance(i);
    }
  } finally {
    for (const i of instances.splice(0)) await stopInstance(i);
    await connector.close();
    await db.dispose();
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
