import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SMALL_KNOWLEDGE } from './test-runtime';
import { freePort } from './free-port';

const ROOT = path.resolve(__dirname, '..', '..');

/** The service running as its own process (`node --import tsx src/index.ts`), so a test can kill it like an operator's host would. */
export interface ServiceProcess {
  baseUrl: string;
  dataDir: string;
  /** Log lines of every start so far. */
  logs: string[];
  /** Starts it (again, on the same port and data folder) and waits until /readyz answers 200. */
  start(): Promise<void>;
  /** Sends `signal` and waits for the process to exit. */
  kill(signal: NodeJS.Signals): Promise<void>;
  running(): boolean;
}

/** Prepares a service process with `env` over the defaults (small knowledge, a temp data folder); call start(). */
export async function serviceProcess(env: Record<string, string>): Promise<ServiceProcess> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlcv-proc-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const logs: string[] = [];
  let child: ChildProcess | undefined;
  const running = () => Boolean(child && child.exitCode === null && child.signalCode === null);
  return {
    baseUrl,
    dataDir,
    logs,
    running,
    async start() {
      child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, KNOWLEDGE_PATHS: SMALL_KNOWLEDGE, KNOWLEDGE_THREAD: 'false', LOG_LEVEL: 'info', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      for (const stream of [child.stdout, child.stderr]) stream?.on('data', (d: Buffer) => logs.push(...d.toString().split('\n').filter(Boolean)));
      for (let i = 0; i < 600; i++) {
        if (!running()) throw new Error(`service exited at start: ${logs.slice(-5).join('\n')}`);
        const ok = await fetch(`${baseUrl}/readyz`).then((r) => r.status === 200, () => false);
        if (ok) return;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error('service did not become ready');
    },
    async kill(signal) {
      const c = child;
      if (!c || !running()) return;
      const exited = new Promise((r) => c.once('exit', r));
      c.kill(signal);
      await exited;
    },
  };
}
