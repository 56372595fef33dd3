import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';
import { isOnpremHost, originOf, parseOnpremHostRule } from './llm/onprem-host';
import { parseNotebookKeys, type NotebookKey } from './meetings/notebook-keys';

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
const hostList = list.refine((hosts) => hosts.every((h) => /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(h)), 'host names or *.domain patterns');

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
  AGENCY_RULES_PATH: [optionalString, 'must be the path of an existing agency rules JSON file (unset: refusals cite national law only)'],
  GATE_HASH_SALT: [z.string().min(16).optional(), 'must be at least 16 characters (unset: a random key per process, never stored)'],
  GATE_SECOND_OPINION: [bool.default('true'), 'must be true or false'],
  GATE_SECOND_OPINION_TIMEOUT_MS: [positiveInt(1500), 'must be a positive number of milliseconds'],
  KNOWLEDGE_PATHS: [list.default('knowledge'), 'must be a comma-separated list of files or folders'],
  KNOWLEDGE_THREAD: [bool.default('true'), 'must be true or false'],
  DOCUMENT_STATUS_PATH: [z.string().min(1).default('knowledge/trang-thai-van-ban.json'), 'must be the path of the document status JSON file'],
  KNOWLEDGE_GAPS_PATH: [z.string().min(1).default('knowledge/chu-de-chua-co.json'), 'must be the path of the known-gaps JSON file'],
  MONGODB_URI: [z.string().trim().regex(/^mongodb(\+srv)?:\/\//, 'mongodb:// URI').optional(), 'must be a mongodb:// or mongodb+srv:// URI'],
  MONGODB_DB: [z.string().min(1).default('tro_ly_cong_vu'), 'must be a database name'],
  ADMIN_API_TOKEN: [z.string().min(16).optional(), 'must be at least 16 characters (admin API is refused when unset)'],
  EXPORT_REAL_USER_IDS: [bool.default('false'), 'must be true or false'],
  RETENTION_DAYS_ANSWERS: [positiveInt(365), 'must be a positive number of days'],
  RETENTION_DAYS_FEEDBACK: [positiveInt(730), 'must be a positive number of days'],
  RETENTION_DAYS_AUDIT: [positiveInt(1825), 'must be a positive number of days'],
  RETENTION_DAYS_NOTES: [positiveInt(365), 'must be a positive number of days'],
  RETENTION_DAYS_APPEALS: [positiveInt(730), 'must be a positive number of days'],
  NOTEBOOK_KEYS: [list.default(''), 'must be comma-separated id:base64 entries of 32 random bytes, the current key first (npm run --silent notebook:key makes one)'],
  LLM_BASE_URL: [z.string().url().optional(), 'must be the URL of an OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1'],
  LLM_MODEL: [z.string().min(1).default('local-model'), 'must be the model name the server serves'],
  LLM_API_KEY: [optionalString, 'must be the API key of the model server'],
  LLM_TIMEOUT_MS: [positiveInt(30000), 'must be a positive number of milliseconds'],
  LLM_ONPREM_HOSTS: [list.default(''), 'must be a comma-separated list of host names, *.domains, addresses or CIDR ranges'],
  MEETING_MAX_BYTES: [positiveInt(2_000_000), 'must be a positive number of bytes'],
  GRAPH_TRANSCRIPTS_ENABLED: [bool.default('false'), 'must be true or false'],
  GRAPH_BASE_URL: [z.string().url().default('https://graph.microsoft.com/v1.0'), 'must be the Microsoft Graph base URL, e.g. https://graph.microsoft.com/v1.0'],
  GRAPH_AUTHORITY_HOST: [z.string().url().default('https://login.microsoftonline.com'), 'must be the Entra sign-in host, e.g. https://login.microsoftonline.com'],
  ALLOWED_TENANT_IDS: [list.default(''), 'must be a comma-separated list of tenant ids'],
  ACCESS_MODE: [z.enum(['open', 'allowlist']).default('open'), 'must be open or allowlist'],
  CONSOLE_PUBLIC_URL: [z.string().url().optional(), 'must be the console\'s public base URL, e.g. https://troly.example.gov.vn'],
  CONSOLE_IDLE_MINUTES: [positiveInt(30), 'must be a positive number of minutes'],
  CONSOLE_ENTRA_CLIENT_ID: [optionalString, 'must be the console\'s Entra application (client) id'],
  CONSOLE_ENTRA_CLIENT_SECRET: [optionalString, 'must be the console application\'s client secret'],
  CONSOLE_ENTRA_TENANT_ID: [optionalString, 'must be the agency\'s Entra tenant id'],
  // Several instances, limits and faults (deploy/README.md).
  TEAMS_FILE_HOSTS: [hostList.default('*.sharepoint.com,*.sharepoint.us'), 'must be a comma-separated list of host names or *.domain patterns'],
  ACCESS_OUTAGE_GRACE_MINUTES: [z.coerce.number().int().min(0).max(1440).default(15), 'must be a number of minutes from 0 to 1440'],
  RATE_LIMIT_PER_MINUTE: [z.coerce.number().int().min(0).max(10_000).default(30), 'must be a number of messages per minute (0 = no limit)'],
  TURN_CONCURRENCY: [z.coerce.number().int().min(1).max(1024).default(16), 'must be a number of turns from 1 to 1024'],
  TURN_QUEUE_MAX: [z.coerce.number().int().min(0).max(100_000).default(200), 'must be a number of waiting turns from 0 to 100000'],
  // Zalo (README, "Zalo"): the Bot Platform, and the Official Account API v3 for agencies that run an OA.
  ZALO_BOT_TOKEN: [optionalString, 'must be the Zalo bot\'s token (from the Zalo Bot Manager)'],
  ZALO_WEBHOOK_SECRET: [z.string().trim().min(8).max(256).optional(), 'must be 8 to 256 characters (the secret token given to setWebhook)'],
  ZALO_API_BASE_URL: [z.string().url().default('https://bot-api.zaloplatforms.com'), 'must be the Zalo Bot API base URL, e.g. https://bot-api.zaloplatforms.com'],
  ZALO_BOT_NAME: [z.string().trim().min(1).default('Trợ lý Công vụ'), 'must be the bot\'s display name (how people address it in group chats)'],
  ZALO_OA_APP_ID: [optionalString, 'must be the Zalo application id linked to the Official Account'],
  ZALO_OA_SECRET_KEY: [optionalString, 'must be the Official Account secret key (verifies X-ZEvent-Signature)'],
  ZALO_OA_APP_SECRET: [optionalString, 'must be the Zalo application\'s secret key (refreshes the access token)'],
  ZALO_OA_REFRESH_TOKEN: [optionalString, 'must be the OA refresh token obtained when the OA authorised the application'],
  ZALO_OA_API_BASE_URL: [z.string().url().default('https://openapi.zalo.me'), 'must be the Zalo OA API base URL, e.g. https://openapi.zalo.me'],
  ZALO_OA_OAUTH_BASE_URL: [z.string().url().default('https://oauth.zaloapp.com'), 'must be the Zalo OAuth base URL, e.g. https://oauth.zaloapp.com'],
  OUTBOUND_TIMEOUT_MS: [z.coerce.number().int().min(100).max(600_000).default(15_000), 'must be a number of milliseconds from 100 to 600000'],
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
  bot: {
    appId?: string; appPassword?: string; tenantId?: string; appType: Raw['MICROSOFT_APP_TYPE'];
    /** Where tokens' signing keys are published (tests only; the Bot Framework's own when unset). */
    openIdMetadataUrl?: string;
  };
  gate: {
    zone: 'onprem' | 'external';
    policyPath: string;
    hashSalt?: string;
    agencyRulesPath?: string;
    /** Set only on-premises with a model configured (and GATE_SECOND_OPINION not false): the model's second opinion. */
    secondOpinion?: { timeoutMs: number };
  };
  knowledgePaths: string[];
  /** Legal search runs in a worker thread (true) or on the main thread. */
  knowledgeThread: boolean;
  /** Documents the shipped corpus holds although replaced (knowledge/trang-thai-van-ban.json); a missing file is an empty list. */
  documentStatusPath: string;
  /** Subjects the knowledge is known to lack (knowledge/chu-de-chua-co.json); a missing file is none. */
  knowledgeGapsPath: string;
  mongo?: { uri: string; dbName: string };
  admin: { token?: string; exportRealUserIds: boolean };
  retentionDays: { answers: number; feedback: number; audit: number; notes: number; appeals: number };
  /** Keys that seal what a note's placeholders stand for, per owner; the first seals, all open. None ⇒ placeholders only. */
  notebook: { keys: NotebookKey[] };
  llm?: { baseUrl: string; model: string; apiKey?: string; timeoutMs: number };
  meetings: {
    maxBytes: number;
    graphTranscripts: boolean;
    /** Set exactly when graphTranscripts is: Graph endpoints and the bot registration's app-only credentials. */
    graph?: { baseUrl: string; authorityHost: string; tenantId: string; clientId: string; clientSecret: string };
  };
  access: { allowedTenantIds: string[]; mode: 'open' | 'allowlist' };
  /** The administrators' console at /console: Entra sign-in when configured, else the local token sign-in. */
  console: {
    publicUrl?: string;
    idleMinutes: number;
    /** Entra's sign-in host (GRAPH_AUTHORITY_HOST): the console's OIDC authority and the Teams tab's token issuer. */
    authorityHost: string;
    entra?: { clientId: string; clientSecret: string; tenantId: string; authorityHost: string };
  };
  /** Outbound calls: timeout of each, and each channel's own file hosts (attachments, uploads). */
  outbound: { timeoutMs: number; fileHosts: Record<string, string[]> };
  /** How long a person's last access decision may stand in for the database while it is unreachable (0 = never). */
  resilience: { accessGraceMs: number };
  /** Per-person message rate (0 = none) and the bounded turn queue of each instance. */
  limits: { ratePerMinute: number; turnConcurrency: number; turnQueue: number };
  /** The Zalo channels, each set only when fully configured. */
  zalo: {
    bot?: { token: string; webhookSecret: string; apiBaseUrl: string; botName: string };
    oa?: { appId: string; secretKey: string; appSecret: string; refreshToken: string; apiBaseUrl: string; oauthBaseUrl: string };
  };
}

/** Both Zalo Bot variables or neither; all four OA variables or none: a partial setting is a mistake. */
function zaloConfig(r: Raw): Config['zalo'] {
  if (Boolean(r.ZALO_BOT_TOKEN) !== Boolean(r.ZALO_WEBHOOK_SECRET)) {
    throw new ConfigError(r.ZALO_BOT_TOKEN ? 'ZALO_WEBHOOK_SECRET' : 'ZALO_BOT_TOKEN', 'must be set with the other of ZALO_BOT_TOKEN and ZALO_WEBHOOK_SECRET (the Zalo bot)');
  }
  const oaVars = ['ZALO_OA_APP_ID', 'ZALO_OA_SECRET_KEY', 'ZALO_OA_APP_SECRET', 'ZALO_OA_REFRESH_TOKEN'] as const;
  if (oaVars.some((n) => r[n])) {
    for (const name of oaVars) if (!r[name]) throw new ConfigError(name, 'must be set with the other ZALO_OA_* variables (the Zalo Official Account)');
  }
  const trim = (url: string) => url.replace(/\/+$/, '');
  return {
    bot: r.ZALO_BOT_TOKEN && r.ZALO_WEBHOOK_SECRET
      ? { token: r.ZALO_BOT_TOKEN, webhookSecret: r.ZALO_WEBHOOK_SECRET, apiBaseUrl: trim(r.ZALO_API_BASE_URL), botName: r.ZALO_BOT_NAME }
      : undefined,
    oa: r.ZALO_OA_APP_ID
      ? { appId: r.ZALO_OA_APP_ID, secretKey: r.ZALO_OA_SECRET_KEY!, appSecret: r.ZALO_OA_APP_SECRET!, refreshToken: r.ZALO_OA_REFRESH_TOKEN!, apiBaseUrl: trim(r.ZALO_OA_API_BASE_URL), oauthBaseUrl: trim(r.ZALO_OA_OAUTH_BASE_URL) }
      : undefined,
  };
}

/** With LLM_ZONE=onprem the model must be on the agency's network: loopback, private, or listed in LLM_ONPREM_HOSTS. */
function checkOnpremModel(r: Raw): void {
  const rules = r.LLM_ONPREM_HOSTS.map((entry) => {
    const rule = parseOnpremHostRule(entry);
    if (!rule) throw new ConfigError('LLM_ONPREM_HOSTS', 'must be a comma-separated list of host names, *.domains, addresses or CIDR ranges', entry);
    return rule;
  });
  if (r.LLM_ZONE !== 'onprem' || !r.LLM_BASE_URL || isOnpremHost(r.LLM_BASE_URL, rules)) return;
  throw new ConfigError('LLM_BASE_URL', 'must be a loopback or private-network host, or one listed in LLM_ONPREM_HOSTS, while LLM_ZONE=onprem (set LLM_ZONE=external for a model outside the agency)', originOf(r.LLM_BASE_URL));
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
  // The file's content is validated with the gate policy at start; a wrong path is named here, before anything starts.
  if (r.AGENCY_RULES_PATH && !fs.existsSync(path.resolve(r.AGENCY_RULES_PATH))) {
    throw new ConfigError('AGENCY_RULES_PATH', 'must be the path of an existing agency rules JSON file', r.AGENCY_RULES_PATH);
  }
  checkOnpremModel(r);
  let notebookKeys: NotebookKey[];
  try {
    notebookKeys = parseNotebookKeys(r.NOTEBOOK_KEYS);
  } catch (e) {
    // The message names the entry by its id only: a key never appears in an error line.
    throw new ConfigError('NOTEBOOK_KEYS', 'must be comma-separated id:base64 entries of 32 random bytes, the current key first (npm run --silent notebook:key makes one)', (e as Error).message);
  }
  // Transcripts are read app-only with the bot registration's client credentials, in the agency's tenant.
  if (r.GRAPH_TRANSCRIPTS_ENABLED) {
    for (const name of ['MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID'] as const) {
      if (!r[name]) throw new ConfigError(name, 'must be set when GRAPH_TRANSCRIPTS_ENABLED=true (Graph client credentials)');
    }
  }
  const entraVars = ['CONSOLE_ENTRA_CLIENT_ID', 'CONSOLE_ENTRA_CLIENT_SECRET', 'CONSOLE_ENTRA_TENANT_ID'] as const;
  // Entra sign-in needs all three and the public URL its redirect comes back to; a partial setting is a mistake.
  if (entraVars.some((n) => r[n])) {
    for (const name of entraVars) if (!r[name]) throw new ConfigError(name, 'must be set with the other CONSOLE_ENTRA_* variables (Entra sign-in to the console)');
    if (!r.CONSOLE_PUBLIC_URL) throw new ConfigError('CONSOLE_PUBLIC_URL', 'must be set for Entra sign-in to the console (the redirect URI is CONSOLE_PUBLIC_URL/console/auth/callback)');
  }
  // Production (a bot registration) serves the agency's tenants only, never any tenant.
  if (r.MICROSOFT_APP_ID && r.ALLOWED_TENANT_IDS.length === 0) {
    throw new ConfigError('ALLOWED_TENANT_IDS', 'must list the agency\'s Teams tenant ids when the bot registration (MICROSOFT_APP_ID) is set');
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
      agencyRulesPath: r.AGENCY_RULES_PATH && path.resolve(r.AGENCY_RULES_PATH),
      // An external model never reads messages the gate is unsure of: the second opinion is on-premises only.
      secondOpinion: r.LLM_ZONE === 'onprem' && r.LLM_BASE_URL && r.GATE_SECOND_OPINION ? { timeoutMs: r.GATE_SECOND_OPINION_TIMEOUT_MS } : undefined,
    },
    knowledgePaths: r.KNOWLEDGE_PATHS.map((p) => path.resolve(p)),
    knowledgeThread: r.KNOWLEDGE_THREAD,
    documentStatusPath: path.resolve(r.DOCUMENT_STATUS_PATH),
    knowledgeGapsPath: path.resolve(r.KNOWLEDGE_GAPS_PATH),
    mongo: r.MONGODB_URI ? { uri: r.MONGODB_URI, dbName: r.MONGODB_DB } : undefined,
    admin: { token: r.ADMIN_API_TOKEN, exportRealUserIds: r.EXPORT_REAL_USER_IDS },
    retentionDays: { answers: r.RETENTION_DAYS_ANSWERS, feedback: r.RETENTION_DAYS_FEEDBACK, audit: r.RETENTION_DAYS_AUDIT, notes: r.RETENTION_DAYS_NOTES, appeals: r.RETENTION_DAYS_APPEALS },
    notebook: { keys: notebookKeys },
    llm: r.LLM_BASE_URL ? { baseUrl: r.LLM_BASE_URL, model: r.LLM_MODEL, apiKey: r.LLM_API_KEY, timeoutMs: r.LLM_TIMEOUT_MS } : undefined,
    meetings: {
      maxBytes: r.MEETING_MAX_BYTES,
      graphTranscripts: r.GRAPH_TRANSCRIPTS_ENABLED,
      graph: r.GRAPH_TRANSCRIPTS_ENABLED
        ? { baseUrl: r.GRAPH_BASE_URL.replace(/\/+$/, ''), authorityHost: r.GRAPH_AUTHORITY_HOST.replace(/\/+$/, ''), tenantId: r.MICROSOFT_APP_TENANT_ID!, clientId: r.MICROSOFT_APP_ID!, clientSecret: r.MICROSOFT_APP_PASSWORD! }
        : undefined,
    },
    access: { allowedTenantIds: r.ALLOWED_TENANT_IDS, mode: r.ACCESS_MODE },
    console: {
      publicUrl: r.CONSOLE_PUBLIC_URL?.replace(/\/+$/, ''),
      idleMinutes: r.CONSOLE_IDLE_MINUTES,
      authorityHost: r.GRAPH_AUTHORITY_HOST.replace(/\/+$/, ''),
      entra: r.CONSOLE_ENTRA_CLIENT_ID
        ? { clientId: r.CONSOLE_ENTRA_CLIENT_ID, clientSecret: r.CONSOLE_ENTRA_CLIENT_SECRET!, tenantId: r.CONSOLE_ENTRA_TENANT_ID!, authorityHost: r.GRAPH_AUTHORITY_HOST.replace(/\/+$/, '') }
        : undefined,
    },
    outbound: { timeoutMs: r.OUTBOUND_TIMEOUT_MS, fileHosts: { msteams: r.TEAMS_FILE_HOSTS } },
    resilience: { accessGraceMs: r.ACCESS_OUTAGE_GRACE_MINUTES * 60_000 },
    limits: { ratePerMinute: r.RATE_LIMIT_PER_MINUTE, turnConcurrency: r.TURN_CONCURRENCY, turnQueue: r.TURN_QUEUE_MAX },
    zalo: zaloConfig(r),
  };
}
