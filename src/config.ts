import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';

/** Thrown when configuration is missing or malformed; the message is one line naming the variable. */
export class ConfigError extends Error {
  constructor(readonly variable: string, readonly expected: string, readonly received?: string) {
    super(`Invalid configuration: ${variable} ${expected}${received === undefined ? '' : ` (got "${received}")`}`);
    this.name = 'ConfigError';
  }
}

const optionalString = z.string().trim().min(1).optional();
const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const list = z.string().transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));
const positiveInt = (def: number) => z.coerce.number().int().positive().default(def);

// Each entry: the environment variable, its schema, and what it expects (used in the error line).
const spec = {
  PORT: [z.coerce.number().int().min(1).max(65535).default(3978), 'must be a port number 1-65535'],
  HOST: [z.string().min(1).default('0.0.0.0'), 'must be a host name or address'],
  DATA_DIR: [z.string().min(1).default('./data'), 'must be a folder path'],
  LOG_LEVEL: [z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'), 'must be one of fatal|error|warn|info|debug|trace|silent'],
  MICROSOFT_APP_ID: [optionalString, 'must be the bot\'s Entra application (client) id'],
  MICROSOFT_APP_PASSWORD: [optionalString, 'must be the bot\'s client secret'],
  MICROSOFT_APP_TENANT_ID: [optionalString, 'must be the Entra tenant id of a single-tenant bot'],
  MICROSOFT_APP_TYPE: [z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'), 'must be MultiTenant|SingleTenant|UserAssignedMSI'],
  LLM_ZONE: [z.enum(['onprem', 'external']).default('onprem'), 'must be onprem or external'],
  GATE_POLICY_PATH: [z.string().min(1).default('policy/gate-policy.json'), 'must be the path of the gate policy JSON file'],
  GATE_HASH_SALT: [z.string().min(16).optional(), 'must be at least 16 characters (unset: a salt kept in the store)'],
  GATE_SECOND_OPINION: [bool.default('true'), 'must be true or false'],
  GATE_SECOND_OPINION_TIMEOUT_MS: [positiveInt(1500), 'must be a positive number of milliseconds'],
  KNOWLEDGE_PATHS: [list.default('knowledge'), 'must be a comma-separated list of files or folders'],
  KNOWLEDGE_THREAD: [bool.default('true'), 'must be true or false'],
  MONGODB_URI: [z.string().trim().regex(/^mongodb(\+srv)?:\/\//, 'mongodb:// URI').optional(), 'must be a mongodb:// or mongodb+srv:// URI'],
  MONGODB_DB: [z.string().min(1).default('tro_ly_cong_vu'), 'must be a database name'],
  ADMIN_API_TOKEN: [z.string().min(16).optional(), 'must be at least 16 characters (admin API is refused when unset)'],
  EXPORT_REAL_USER_IDS: [bool.default('false'), 'must be true or false'],
  RETENTION_DAYS_ANSWERS: [positiveInt(365), 'must be a positive number of days'],
  RETENTION_DAYS_FEEDBACK: [positiveInt(730), 'must be a positive number of days'],
  RETENTION_DAYS_AUDIT: [positiveInt(1825), 'must be a positive number of days'],
  RETENTION_DAYS_NOTES: [positiveInt(365), 'must be a positive number of days'],
  RETENTION_DAYS_APPEALS: [positiveInt(730), 'must be a positive number of days'],
  LLM_BASE_URL: [z.string().url().optional(), 'must be the URL of an OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1'],
  LLM_MODEL: [z.string().min(1).default('local-model'), 'must be the model name the server serves'],
  LLM_API_KEY: [optionalString, 'must be the API key of the model server'],
  LLM_TIMEOUT_MS: [positiveInt(30000), 'must be a positive number of milliseconds'],
  MEETING_MAX_BYTES: [positiveInt(2_000_000), 'must be a positive number of bytes'],
  GRAPH_TRANSCRIPTS_ENABLED: [bool.default('false'), 'must be true or false'],
  GRAPH_BASE_URL: [z.string().url().default('https://graph.microsoft.com/v1.0'), 'must be the Microsoft Graph base URL, e.g. https://graph.microsoft.com/v1.0'],
  GRAPH_AUTHORITY_HOST: [z.string().url().default('https://login.microsoftonline.com'), 'must be the Entra sign-in host, e.g. https://login.microsoftonline.com'],
  ALLOWED_TENANT_IDS: [list.default(''), 'must be a comma-separated list of tenant ids'],
  ACCESS_MODE: [z.enum(['open', 'allowlist']).default('open'), 'must be open or allowlist'],
} as const;

type Spec = typeof spec;

/** Every environment variable the service reads (documented in .env.example). */
export const CONFIG_VARIABLES = Object.keys(spec) as (keyof Spec)[];
type Raw = { [K in keyof Spec]: z.infer<Spec[K][0]> };

/** Validated settings of one service instance. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  logLevel: Raw['LOG_LEVEL'];
  bot: { appId?: string; appPassword?: string; tenantId?: string; appType: Raw['MICROSOFT_APP_TYPE'] };
  gate: {
    zone: 'onprem' | 'external';
    policyPath: string;
    hashSalt?: string;
    /** Set only on-premises with a model configured (and GATE_SECOND_OPINION not false): the model's second opinion. */
    secondOpinion?: { timeoutMs: number };
  };
  knowledgePaths: string[];
  /** Legal search runs in a worker thread (true) or on the main thread. */
  knowledgeThread: boolean;
  mongo?: { uri: string; dbName: string };
  admin: { token?: string; exportRealUserIds: boolean };
  retentionDays: { answers: number; feedback: number; audit: number; notes: number; appeals: number };
  llm?: { baseUrl: string; model: string; apiKey?: string; timeoutMs: number };
  meetings: {
    maxBytes: number;
    graphTranscripts: boolean;
    /** Set exactly when graphTranscripts is: Graph endpoints and the bot registration's app-only credentials. */
    graph?: { baseUrl: string; authorityHost: string; tenantId: string; clientId: string; clientSecret: string };
  };
  access: { allowedTenantIds: string[]; mode: 'open' | 'allowlist' };
}

/** Reads and validates the environment (and `.env` when present); throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, opts: { dotenvPath?: string } = {}): Config {
  const merged: Record<string, string | undefined> = { ...env };
  const dotenvPath = opts.dotenvPath ?? path.resolve('.env');
  if (env === process.env && fs.existsSync(dotenvPath)) {
    const parsed = dotenv.parse(fs.readFileSync(dotenvPath));
    for (const [k, v] of Object.entries(parsed)) if (merged[k] === undefined) merged[k] = v;
  }
  const raw: Record<string, unknown> = {};
  for (const [name, [schema, expected]] of Object.entries(spec) as unknown as [string, [z.ZodTypeAny, string]][]) {
    const value = merged[name] === '' ? undefined : merged[name];
    const result = schema.safeParse(value);
    if (!result.success) throw new ConfigError(name, expected, value);
    raw[name] = result.data;
  }
  const r = raw as Raw;
  if (r.MICROSOFT_APP_ID && !r.MICROSOFT_APP_PASSWORD && r.MICROSOFT_APP_TYPE !== 'UserAssignedMSI') {
    throw new ConfigError('MICROSOFT_APP_PASSWORD', 'must be set when MICROSOFT_APP_ID is set');
  }
  if (r.MICROSOFT_APP_TYPE === 'SingleTenant' && r.MICROSOFT_APP_ID && !r.MICROSOFT_APP_TENANT_ID) {
    throw new ConfigError('MICROSOFT_APP_TENANT_ID', 'must be set for a SingleTenant bot (or set MICROSOFT_APP_TYPE=MultiTenant)');
  }
  // Transcripts are read app-only with the bot registration's client credentials, in the agency's tenant.
  if (r.GRAPH_TRANSCRIPTS_ENABLED) {
    for (const name of ['MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID'] as const) {
      if (!r[name]) throw new ConfigError(name, 'must be set when GRAPH_TRANSCRIPTS_ENABLED=true (Graph client credentials)');
    }
  }
  return {
    port: r.PORT,
    host: r.HOST,
    dataDir: path.resolve(r.DATA_DIR),
    logLevel: r.LOG_LEVEL,
    bot: { appId: r.MICROSOFT_APP_ID, appPassword: r.MICROSOFT_APP_PASSWORD, tenantId: r.MICROSOFT_APP_TENANT_ID, appType: r.MICROSOFT_APP_TYPE },
    gate: {
      zone: r.LLM_ZONE,
      policyPath: path.resolve(r.GATE_POLICY_PATH),
      hashSalt: r.GATE_HASH_SALT,
      // An external model never reads messages the gate is unsure of: the second opinion is on-premises only.
      secondOpinion: r.LLM_ZONE === 'onprem' && r.LLM_BASE_URL && r.GATE_SECOND_OPINION ? { timeoutMs: r.GATE_SECOND_OPINION_TIMEOUT_MS } : undefined,
    },
    knowledgePaths: r.KNOWLEDGE_PATHS.map((p) => path.resolve(p)),
    knowledgeThread: r.KNOWLEDGE_THREAD,
    mongo: r.MONGODB_URI ? { uri: r.MONGODB_URI, dbName: r.MONGODB_DB } : undefined,
    admin: { token: r.ADMIN_API_TOKEN, exportRealUserIds: r.EXPORT_REAL_USER_IDS },
    retentionDays: { answers: r.RETENTION_DAYS_ANSWERS, feedback: r.RETENTION_DAYS_FEEDBACK, audit: r.RETENTION_DAYS_AUDIT, notes: r.RETENTION_DAYS_NOTES, appeals: r.RETENTION_DAYS_APPEALS },
    llm: r.LLM_BASE_URL ? { baseUrl: r.LLM_BASE_URL, model: r.LLM_MODEL, apiKey: r.LLM_API_KEY, timeoutMs: r.LLM_TIMEOUT_MS } : undefined,
    meetings: {
      maxBytes: r.MEETING_MAX_BYTES,
      graphTranscripts: r.GRAPH_TRANSCRIPTS_ENABLED,
      graph: r.GRAPH_TRANSCRIPTS_ENABLED
        ? { baseUrl: r.GRAPH_BASE_URL.replace(/\/+$/, ''), authorityHost: r.GRAPH_AUTHORITY_HOST.replace(/\/+$/, ''), tenantId: r.MICROSOFT_APP_TENANT_ID!, clientId: r.MICROSOFT_APP_ID!, clientSecret: r.MICROSOFT_APP_PASSWORD! }
        : undefined,
    },
    access: { allowedTenantIds: r.ALLOWED_TENANT_IDS, mode: r.ACCESS_MODE },
  };
}
