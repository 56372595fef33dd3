import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

// Each case starts the service from source (tsx) in a child process: slow on a loaded machine.
jest.setTimeout(90_000);

describe('start-up with a bad setting', () => {
  it('stops with one line naming the variable, and exit code 2', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('src/index.ts')], {
      env: { ...process.env, PORT: 'tám nghìn', DATA_DIR: '/tmp/tlcv-bad-config' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    const lines = run.stderr.split('\n').filter((l) => l.trim() && !l.includes('npm warn'));
    expect(lines).toEqual(['Invalid configuration: PORT must be a port number 1-65535 (got "tám nghìn")']);
  });
});

describe('start-up on a port that is taken', () => {
  it('stops with a clear error naming the address, and exit code 1', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as net.AddressInfo;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlcv-port-'));
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('src/index.ts')], {
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, KNOWLEDGE_PATHS: path.join(dataDir, 'none'), LOG_LEVEL: 'silent' },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`Start-up failed: listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    } finally {
      taken.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('start-up log', () => {
  it('names the address the server is bound to, and a URL that works from this machine', async () => {
    const free = net.createServer();
    await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve));
    const { port } = free.address() as net.AddressInfo;
    await new Promise<void>((resolve) => free.close(() => resolve()));
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlcv-listen-'));
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('src/index.ts')], {
      env: { ...process.env, PORT: String(port), HOST: '0.0.0.0', DATA_DIR: dataDir, KNOWLEDGE_PATHS: path.join(dataDir, 'none'), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no listening line in: ${out}`)), 30_000);
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const found = out.split('\n').find((l) => l.includes('listening on'));
          if (found) {
            clearTimeout(timer);
            resolve(found);
          }
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const entry = JSON.parse(line) as { msg: string; bound: string; url: string };
      expect(entry.bound).toBe(`0.0.0.0:${port}`);
      expect(entry.url).toBe(`http://127.0.0.1:${port}`);
      expect(entry.msg).toContain(`listening on 0.0.0.0:${port} (all interfaces)`);
      expect((await fetch(`${entry.url}/healthz`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 40_000);
});
