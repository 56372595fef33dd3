// First start and later starts of the service as `npm start` runs it (the built dist/, no configuration): time until
// /readyz answers ready, the process's peak and settled memory, on a fresh data folder (the index of the shipped
// corpus is built) and again on the same folder (the saved index is loaded).
// Usage: npm run build && npx tsx bench/startup/run.ts [--runs 3]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(__dirname, '../..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '1' } } });

const freePort = (): Promise<number> => new Promise((resolve) => {
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address() as net.AddressInfo;
    s.close(() => resolve(port));
  });
});
const status = (pid: number, field: string): number => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function start(dataDir: string): Promise<{ seconds: number; peakMb: number; settledMb: number }> {
  const port = await freePort();
  const env = { PATH: process.env.PATH ?? '', HOME: os.homedir(), PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  const t = Date.now();
  const child = spawn(process.execPath, ['dist/src/index.js'], { cwd: ROOT, env, stdio: 'ignore' });
  for (;;) {
    if (child.exitCode !== null) throw new Error('service exited');
    if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const seconds = (Date.now() - t) / 1000;
  await new Promise((r) => setTimeout(r, 2000));
  const peakMb = status(child.pid!, 'VmHWM');
  const settledMb = status(child.pid!, 'VmRSS');
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return { seconds, peakMb: Math.round(peakMb), settledMb: Math.round(settledMb) };
}

void (async () => {
  if (!fs.existsSync(path.join(ROOT, 'dist/src/index.js'))) throw new Error('run npm run build first');
  for (let i = 0; i < Number(values.runs); i++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'startup-bench-'));
    const first = await start(dataDir);
    const later = await start(dataDir);
    console.log(JSON.stringify({ run: i + 1, firstStart: first, laterStart: later, cpus: os.cpus().length, load: os.loadavg().map((x) => x.toFixed(1)) }));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
})();
