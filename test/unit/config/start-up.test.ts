import { spawnSync } from 'node:child_process';
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
