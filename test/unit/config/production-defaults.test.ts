import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../../src/config';

// Each case starts the service from source (tsx) in a child process: slow on a loaded machine.
jest.setTimeout(90_000);

const load = (env: Record<string, string>) => loadConfig(env as NodeJS.ProcessEnv);
const REGISTRATION = { MICROSOFT_APP_ID: 'app-id', MICROSOFT_APP_PASSWORD: 'secret', MICROSOFT_APP_TENANT_ID: 'tenant-of-the-province' };

// A bot registration means production: the bot serves the agency's tenants only.
describe('production defaults', () => {
  it('refuses to start with a bot registration and no ALLOWED_TENANT_IDS, naming the variable', () => {
    let err: unknown;
    try {
      load(REGISTRATION);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).variable).toBe('ALLOWED_TENANT_IDS');
    expect((err as ConfigError).message).toContain('MICROSOFT_APP_ID');
  });

  it('starts with the tenants listed', () => {
    expect(load({ ...REGISTRATION, ALLOWED_TENANT_IDS: 'tenant-of-the-province' }).access.allowedTenantIds).toEqual(['tenant-of-the-province']);
  });

  it('still starts locally (no registration) with any tenant', () => {
    expect(load({}).access.allowedTenantIds).toEqual([]);
  });
});

describe('npm start with a bot registration and no tenant list', () => {
  it('is refused with exit code 2 and one line naming ALLOWED_TENANT_IDS', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('src/index.ts')], {
      env: { ...process.env, ...REGISTRATION, ALLOWED_TENANT_IDS: '', DATA_DIR: '/tmp/tlcv-no-tenants' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    const lines = run.stderr.split('\n').filter((l) => l.trim() && !l.includes('npm warn'));
    expect(lines).toEqual(["Invalid configuration: ALLOWED_TENANT_IDS must list the agency's Teams tenant ids when the bot registration (MICROSOFT_APP_ID) is set"]);
  });
});
