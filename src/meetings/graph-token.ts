import { ConfidentialClientApplication, LogLevel, type INetworkModule } from '@azure/msal-node';
import { z } from 'zod';

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

export interface GraphTokenOptions {
  /** Entra sign-in host (Config.meetings.graph.authorityHost), e.g. https://login.microsoftonline.com. */
  authorityHost: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Default: Graph's `.default` scope (the app's consented application permissions). */
  scope?: string;
  /** Per token request (default 15 s). */
  timeoutMs?: number;
  /** msal-node's HTTP layer, replaced in tests. */
  networkClient?: INetworkModule;
  /** Used for plain-http authority hosts (local test doubles), which msal-node refuses. */
  fetch?: typeof fetch;
}

/**
 * An app-only (client credentials) Graph token provider. msal-node (which caches and renews tokens) serves
 * https authority hosts; an http host — only ever a local test double — gets the same OAuth form POST by fetch.
 */
export function createGraphTokenProvider(opts: GraphTokenOptions): () => Promise<string> {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const acquire = new URL(opts.authorityHost).protocol === 'https:' ? msalProvider(opts) : fetchProvider(opts, timeoutMs);
  return () => withTimeout(acquire(), timeoutMs);
}

function msalProvider(opts: GraphTokenOptions): () => Promise<string> {
  const host = opts.authorityHost.replace(/\/+$/, '');
  const app = new ConfidentialClientApplication({
    // A known authority skips the public instance discovery call (private and sovereign clouds).
    auth: { clientId: opts.clientId, clientSecret: opts.clientSecret, authority: `${host}/${opts.tenantId}`, knownAuthorities: [new URL(host).host] },
    system: { networkClient: opts.networkClient, loggerOptions: { piiLoggingEnabled: false, logLevel: LogLevel.Error, loggerCallback: () => undefined } },
  });
  return async () => {
    const result = await app.acquireTokenByClientCredential({ scopes: [opts.scope ?? GRAPH_SCOPE] });
    if (!result?.accessToken) throw new Error('the token endpoint returned no access token');
    return result.accessToken;
  };
}

const tokenSchema = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().positive().default(3600) });

function fetchProvider(opts: GraphTokenOptions, timeoutMs: number): () => Promise<string> {
  const doFetch = opts.fetch ?? fetch;
  let cached: { token: string; expiresAt: number } | undefined;
  return async () => {
    if (cached && Date.now() < cached.expiresAt) return cached.token;
    const url = `${opts.authorityHost.replace(/\/+$/, '')}/${encodeURIComponent(opts.tenantId)}/oauth2/v2.0/token`;
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: opts.clientId, client_secret: opts.clientSecret, scope: opts.scope ?? GRAPH_SCOPE });
    const res = await doFetch(url, { method: 'POST', body, signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) throw new Error(`the token endpoint answered HTTP ${res.status}`);
    const parsed = tokenSchema.safeParse(await res.json().catch(() => undefined));
    if (!parsed.success) throw new Error('the token endpoint returned no access token');
    // Renew a minute early so a token never expires between the check and Graph's answer.
    cached = { token: parsed.data.access_token, expiresAt: Date.now() + Math.max(0, parsed.data.expires_in - 60) * 1000 };
    return cached.token;
  };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`token request timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
