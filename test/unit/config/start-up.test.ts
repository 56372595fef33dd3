import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

describe('start-up with a bad setting', () => {
  it('stops with one line naming the variable, and exit code 2', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('src/index.ts')], {
      env: { ...process.env, PORT: 'tám nghìn', DATA_DIR: '/tmp/tlcv-bad-config' },
      encoding: 'utf8',
      timeout: 20_000,
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
