import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

/** Finds the FerretDB binary: FERRETDB_BIN, then the CI's own build (.ci/cache, see .ci/ferretdb.sh), then PATH; undefined when absent. */
export function findFerretdb(): string | undefined {
  const candidates = [process.env.FERRETDB_BIN, path.join(__dirname, '..', '..', '.ci', 'cache', 'ferretdb-v1.24.2', 'ferretdb')];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir) candidates.push(path.join(dir, 'ferretdb'));
  return candidates.find((c) => c && fs.existsSync(c));
}

async function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/** A FerretDB process of a test's own (SQLite backend in a temp dir), which the test may stop and start again on the same port and data. */
export interface FerretdbProcess {
  uri: string;
  start(): Promise<void>;
  /** Stops it: SIGTERM waits for its graceful shutdown; SIGKILL is a crash (acknowledged writes must survive it). */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Stops it and removes its data. */
  dispose(): Promise<void>;
}

/** Starts a private FerretDB on a free loopback port. */
export async function startFerretdb(bin: string): Promise<FerretdbProcess> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ferretdb-test-'));
  fs.mkdirSync(path.join(dir, 'data'));
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    const log = fs.openSync(path.join(dir, 'ferretdb.log'), 'a');
    child = spawn(bin, [
      '--handler=sqlite', `--sqlite-url=file:${dir}/data/`, `--state-dir=${dir}`, `--listen-addr=127.0.0.1:${port}`, '--telemetry=disable', '--debug-addr=-', '--log-level=warn',
    ], { stdio: ['ignore', log, log] });
    fs.closeSync(log);
    for (let i = 0; i < 150; i++) {
      if (child.exitCode !== null) throw new Error(`ferretdb exited: ${fs.readFileSync(path.join(dir, 'ferretdb.log'), 'utf8').slice(-500)}`);
      if (await accepts(port)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`ferretdb did not listen on ${port}`);
  };
  const stop = async (signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM') => {
    const c = child;
    child = undefined;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill(signal);
    await exited;
  };
  await start();
  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    start,
    stop: (signal) => stop(signal),
    dispose: async () => {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
