import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../../src/config';

const load = (env: Record<string, string>) => loadConfig(env as NodeJS.ProcessEnv);

function errorOf(env: Record<string, string>): ConfigError {
  try {
    load(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('starts with embedded defaults when nothing is set', () => {
    const c = load({});
    expect(c.port).toBe(3978);
    expect(c.dataDir).toBe(path.resolve('./data'));
    expect(c.mongo).toBeUndefined();
    expect(c.llm).toBeUndefined();
    expect(c.gate.zone).toBe('onprem');
    expect(c.access.mode).toBe('open');
    expect(c.bot.appId).toBeUndefined();
  });

  it('cites no agency rules unless AGENCY_RULES_PATH names an existing file', () => {
    expect(load({}).gate.agencyRulesPath).toBeUndefined();
    expect(load({ AGENCY_RULES_PATH: 'policy/agency-rules.cao-bang.example.json' }).gate.agencyRulesPath).toBe(path.resolve('policy/agency-rules.cao-bang.example.json'));
    expect(errorOf({ AGENCY_RULES_PATH: 'policy/khong-co.json' }).message).toBe('Invalid configuration: AGENCY_RULES_PATH must be the path of an existing agency rules JSON file (got "policy/khong-co.json")');
  });

  it('reads every documented variable', () => {
    const c = load({
      PORT: '8080', DATA_DIR: '/tmp/x', LOG_LEVEL: 'debug', LLM_ZONE: 'external', MONGODB_URI: 'mongodb://127.0.0.1:27017/',
      LLM_BASE_URL: 'http://127.0.0.1:8000/v1', LLM_MODEL: 'qwen', ALLOWED_TENANT_IDS: 'a, b', ACCESS_MODE: 'allowlist',
      KNOWLEDGE_PATHS: 'knowledge,/data/phapdien.jsonl.gz', EXPORT_REAL_USER_IDS: 'true', ADMIN_API_TOKEN: 'x'.repeat(20),
    });
    expect(c.port).toBe(8080);
    expect(c.logLevel).toBe('debug');
    expect(c.gate.zone).toBe('external');
    expect(c.mongo).toEqual({ uri: 'mongodb://127.0.0.1:27017/', dbName: 'tro_ly_cong_vu' });
    expect(c.llm).toMatchObject({ baseUrl: 'http://127.0.0.1:8000/v1', model: 'qwen', timeoutMs: 30000 });
    expect(c.access).toEqual({ allowedTenantIds: ['a', 'b'], mode: 'allowlist' });
    expect(c.knowledgePaths).toEqual([path.resolve('knowledge'), '/data/phapdien.jsonl.gz']);
    expect(c.admin.exportRealUserIds).toBe(true);
  });

  it.each([
    ['PORT', 'abc', 'PORT must be a port number 1-65535 (got "abc")'],
    ['PORT', '70000', 'PORT must be a port number'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be one of'],
    ['LLM_ZONE', 'cloud', 'LLM_ZONE must be onprem or external'],
    ['MONGODB_URI', 'http://db', 'MONGODB_URI must be a mongodb:// or mongodb+srv:// URI'],
    ['LLM_BASE_URL', 'not a url', 'LLM_BASE_URL must be the URL of an OpenAI-compatible server'],
    ['ACCESS_MODE', 'closed', 'ACCESS_MODE must be open or allowlist'],
    ['ADMIN_API_TOKEN', 'short', 'ADMIN_API_TOKEN must be at least 16 characters'],
    ['EXPORT_REAL_USER_IDS', 'maybe', 'EXPORT_REAL_USER_IDS must be true or false'],
    ['MEETING_MAX_BYTES', '-5', 'MEETING_MAX_BYTES must be a positive number of bytes'],
    ['LLM_TIMEOUT_MS', '0', 'LLM_TIMEOUT_MS must be a positive number of milliseconds'],
  ])('a malformed %s stops the start with one line naming it', (name, value, expected) => {
    const err = errorOf({ [name]: value });
    expect(err.variable).toBe(name);
    expect(err.message).toContain(expected);
    expect(err.message).not.toContain('\n');
  });

  it('requires the password and tenant when an app id is set', () => {
    expect(errorOf({ MICROSOFT_APP_ID: 'id' }).variable).toBe('MICROSOFT_APP_PASSWORD');
    expect(errorOf({ MICROSOFT_APP_ID: 'id', MICROSOFT_APP_PASSWORD: 'p' }).variable).toBe('MICROSOFT_APP_TENANT_ID');
    expect(load({ MICROSOFT_APP_ID: 'id', MICROSOFT_APP_PASSWORD: 'p', MICROSOFT_APP_TYPE: 'MultiTenant', ALLOWED_TENANT_IDS: 't' }).bot.appType).toBe('MultiTenant');
  });

  it('leaves Graph transcripts off by default, with the public-cloud endpoints as defaults', () => {
    const c = load({});
    expect(c.meetings.graphTranscripts).toBe(false);
    expect(c.meetings.graph).toBeUndefined();
  });

  it('requires the bot registration (id, secret, tenant) when Graph transcripts are enabled, naming the missing one', () => {
    const app = { MICROSOFT_APP_ID: 'id', MICROSOFT_APP_PASSWORD: 'p', MICROSOFT_APP_TENANT_ID: 't', MICROSOFT_APP_TYPE: 'MultiTenant', ALLOWED_TENANT_IDS: 't' };
    const on = { GRAPH_TRANSCRIPTS_ENABLED: 'true' };
    expect(errorOf(on).variable).toBe('MICROSOFT_APP_ID');
    expect(errorOf(on).message).toContain('GRAPH_TRANSCRIPTS_ENABLED');
    expect(errorOf({ ...on, MICROSOFT_APP_ID: 'id', MICROSOFT_APP_TYPE: 'UserAssignedMSI' }).variable).toBe('MICROSOFT_APP_PASSWORD');
    expect(errorOf({ ...on, MICROSOFT_APP_ID: 'id', MICROSOFT_APP_PASSWORD: 'p', MICROSOFT_APP_TYPE: 'MultiTenant' }).variable).toBe('MICROSOFT_APP_TENANT_ID');
    expect(load({ ...on, ...app }).meetings.graph).toEqual({
      baseUrl: 'https://graph.microsoft.com/v1.0', authorityHost: 'https://login.microsoftonline.com', tenantId: 't', clientId: 'id', clientSecret: 'p',
    });
  });

  it('reads sovereign-cloud Graph endpoints and rejects a malformed one', () => {
    const env = { GRAPH_TRANSCRIPTS_ENABLED: 'true', MICROSOFT_APP_ID: 'id', MICROSOFT_APP_PASSWORD: 'p', MICROSOFT_APP_TENANT_ID: 't', ALLOWED_TENANT_IDS: 't' };
    const c = load({ ...env, GRAPH_BASE_URL: 'https://graph.microsoft.us/v1.0/', GRAPH_AUTHORITY_HOST: 'https://login.microsoftonline.us' });
    expect(c.meetings.graph).toMatchObject({ baseUrl: 'https://graph.microsoft.us/v1.0', authorityHost: 'https://login.microsoftonline.us' });
    expect(errorOf({ ...env, GRAPH_BASE_URL: 'graph' }).variable).toBe('GRAPH_BASE_URL');
    expect(errorOf({ GRAPH_AUTHORITY_HOST: 'nope' }).variable).toBe('GRAPH_AUTHORITY_HOST');
  });

  it('asks the model for a second opinion on-premises only, when a model is configured and it is not switched off', () => {
    const model = { LLM_BASE_URL: 'http://127.0.0.1:8000/v1' };
    expect(load({}).gate.secondOpinion).toBeUndefined();
    expect(load(model).gate.secondOpinion).toEqual({ timeoutMs: 1500 });
    expect(load({ ...model, GATE_SECOND_OPINION_TIMEOUT_MS: '800' }).gate.secondOpinion).toEqual({ timeoutMs: 800 });
    expect(load({ ...model, LLM_ZONE: 'external' }).gate.secondOpinion).toBeUndefined();
    expect(load({ ...model, GATE_SECOND_OPINION: 'false' }).gate.secondOpinion).toBeUndefined();
    expect(errorOf({ GATE_SECOND_OPINION_TIMEOUT_MS: '0' }).variable).toBe('GATE_SECOND_OPINION_TIMEOUT_MS');
  });

  it('treats an empty value as unset', () => {
    expect(load({ PORT: '', MONGODB_URI: '' }).port).toBe(3978);
  });

  it('documents every variable in .env.example', () => {
    const example = fs.readFileSync(path.resolve('.env.example'), 'utf8');
    for (const name of CONFIG_VARIABLES) expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
  });
});
