import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../../src/config';

// Each case starts the service from source (tsx) in a child process: slow on a loaded machine.
jest.setTimeout(90_000);

const load = (env: Record<string, string>) => loadConfig(env as NodeJS.ProcessEnv);
const errorOf = (env: Record<string, string>): ConfigError => {
  try {
    load(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
};

// Hà Tu 1(3), Cao Bằng Điều 5.3, Phước Bình Điều 5.4: under the on-premises policy the model must be the agency's own.
describe('the on-premises model host check (LLM_ZONE=onprem)', () => {
  it.each([
    'http://127.0.0.1:8000/v1', 'http://localhost:11434/v1', 'http://llm.localhost/v1', 'http://[::1]:8000/v1',
    'http://10.20.30.40:8000/v1', 'http://172.16.0.5/v1', 'http://172.31.255.1/v1', 'http://192.168.1.10:8080/v1', 'http://[fd12:3456::1]:8000/v1',
  ])('accepts a loopback or private-network model at %s', (url) => {
    expect(load({ LLM_BASE_URL: url }).llm?.baseUrl).toBe(url);
  });

  it.each([
    'https://api.openai.com/v1', 'https://generativelanguage.googleapis.com/v1beta/openai', 'http://8.8.8.8:8000/v1',
    'http://172.32.0.1/v1', 'http://169.254.169.254/v1', 'http://vllm/v1', 'http://llm.tinh.gov.vn/v1',
  ])('refuses %s with one line naming the variables', (url) => {
    const err = errorOf({ LLM_BASE_URL: url });
    expect(err.variable).toBe('LLM_BASE_URL');
    expect(err.message).toContain('LLM_ONPREM_HOSTS');
    expect(err.message).toContain('LLM_ZONE');
    expect(err.message).not.toContain('\n');
  });

  it('never prints the credentials or the path of the refused URL', () => {
    const err = errorOf({ LLM_BASE_URL: 'https://user:secret@api.example.com/v1?key=abc' });
    expect(err.message).toContain('(got "https://api.example.com")');
    expect(err.message).not.toMatch(/secret|key=abc/);
  });

  it('accepts hosts the operator lists: exact names, *.domains, addresses and CIDR ranges', () => {
    const env = { LLM_ONPREM_HOSTS: 'vllm, *.noibo.tinh.gov.vn, 203.0.113.7, 198.51.100.0/24' };
    for (const url of ['http://vllm:8000/v1', 'https://ai.noibo.tinh.gov.vn/v1', 'http://203.0.113.7/v1', 'http://198.51.100.42:8000/v1']) {
      expect(load({ ...env, LLM_BASE_URL: url }).llm?.baseUrl).toBe(url);
    }
    // A listed domain does not cover a look-alike outside it.
    expect(errorOf({ ...env, LLM_BASE_URL: 'https://noibo.tinh.gov.vn.example.com/v1' }).variable).toBe('LLM_BASE_URL');
    expect(errorOf({ ...env, LLM_BASE_URL: 'http://198.51.101.1/v1' }).variable).toBe('LLM_BASE_URL');
  });

  it('refuses a malformed LLM_ONPREM_HOSTS entry, naming it', () => {
    const err = errorOf({ LLM_ONPREM_HOSTS: 'ok.gov.vn, http://x/', LLM_BASE_URL: 'http://127.0.0.1/v1' });
    expect(err.variable).toBe('LLM_ONPREM_HOSTS');
    expect(err.message).toContain('(got "http://x/")');
    expect(errorOf({ LLM_ONPREM_HOSTS: '10.0.0.0/40' }).variable).toBe('LLM_ONPREM_HOSTS');
  });

  it('lets an external model start only when the zone says so (the gate is then stricter)', () => {
    const c = load({ LLM_ZONE: 'external', LLM_BASE_URL: 'https://api.openai.com/v1' });
    expect(c.gate.zone).toBe('external');
    expect(c.llm?.baseUrl).toBe('https://api.openai.com/v1');
  });
});

describe('start-up with a public model URL and LLM_ZONE=onprem', () => {
  it('is refused with exit code 2 and one line naming the variables', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('src/index.ts')], {
      env: { ...process.env, LLM_ZONE: 'onprem', LLM_BASE_URL: 'https://api.openai.com/v1', DATA_DIR: '/tmp/tlcv-onprem-refused', LLM_ONPREM_HOSTS: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    const lines = run.stderr.split('\n').filter((l) => l.trim() && !l.includes('npm warn'));
    expect(lines).toEqual([
      'Invalid configuration: LLM_BASE_URL must be a loopback or private-network host, or one listed in LLM_ONPREM_HOSTS, while LLM_ZONE=onprem (set LLM_ZONE=external for a model outside the agency) (got "https://api.openai.com")',
    ]);
  });
});
