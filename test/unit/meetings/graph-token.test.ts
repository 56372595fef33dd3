import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { createGraphTokenProvider } from '../../../src/meetings/graph-token';
import { startFakeGraphServer, type FakeGraphServer } from '../../helpers/fake-graph-server';

const CREDENTIALS = { tenantId: 'tenant-xyz', clientId: '11111111-2222-3333-4444-555555555555', clientSecret: 's3cr3t-value' };

// msal-node's HTTP layer, answered in process: an Entra-like host with OpenID metadata and a token endpoint.
function fakeEntra(host: string) {
  const calls: { method: 'GET' | 'POST'; url: string; body?: string }[] = [];
  const respond = <T>(status: number, body: unknown): NetworkResponse<T> => ({ status, headers: {}, body: body as T });
  const client: INetworkModule = {
    async sendGetRequestAsync<T>(url: string): Promise<NetworkResponse<T>> {
      calls.push({ method: 'GET', url });
      if (url === `${host}/${CREDENTIALS.tenantId}/v2.0/.well-known/openid-configuration`) {
        const base = `${host}/${CREDENTIALS.tenantId}`;
        return respond(200, {
          token_endpoint: `${base}/oauth2/v2.0/token`, issuer: `${base}/v2.0`,
          authorization_endpoint: `${base}/oauth2/v2.0/authorize`, end_session_endpoint: `${base}/oauth2/v2.0/logout`, jwks_uri: `${base}/discovery/v2.0/keys`,
        });
      }
      return respond(404, {});
    },
    async sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
      calls.push({ method: 'POST', url, body: options?.body });
      if (url.startsWith(`${host}/${CREDENTIALS.tenantId}/oauth2/v2.0/token`)) return respond(200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: 'msal-issued-token' });
      return respond(404, {});
    },
  };
  return { client, calls };
}

describe('Graph app-only token', () => {
  it('asks msal-node for a client-credentials token for Graph\'s .default scope in the configured tenant, and reuses it', async () => {
    const host = 'https://login.sovereign.example';
    const entra = fakeEntra(host);
    const getToken = createGraphTokenProvider({ authorityHost: host, ...CREDENTIALS, networkClient: entra.client });
    expect(await getToken()).toBe('msal-issued-token');
    expect(await getToken()).toBe('msal-issued-token');
    const posts = entra.calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0].url.startsWith(`${host}/${CREDENTIALS.tenantId}/oauth2/v2.0/token`)).toBe(true);
    const form = new URLSearchParams(posts[0].body);
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('client_id')).toBe(CREDENTIALS.clientId);
    expect(form.get('client_secret')).toBe(CREDENTIALS.clientSecret);
    expect(form.get('scope')).toContain('https://graph.microsoft.com/.default');
    // A known authority: no call to the public cloud's instance discovery.
    expect(entra.calls.every((c) => c.url.startsWith(host))).toBe(true);
  });

  describe('against a plain-http token endpoint (local test double)', () => {
    let graph: FakeGraphServer;
    beforeAll(async () => { graph = await startFakeGraphServer(); });
    afterAll(async () => { await graph.close(); });

    it('posts the OAuth client-credentials form to {host}/{tenant}/oauth2/v2.0/token and caches the token', async () => {
      graph.requests.length = 0;
      const getToken = createGraphTokenProvider({ authorityHost: graph.authorityHost, ...CREDENTIALS });
      expect(await getToken()).toBe(graph.token);
      expect(await getToken()).toBe(graph.token);
      expect(graph.requests).toHaveLength(1);
      expect(graph.requests[0]).toMatchObject({ method: 'POST', url: `/${CREDENTIALS.tenantId}/oauth2/v2.0/token` });
      const form = new URLSearchParams(graph.requests[0].body);
      expect(Object.fromEntries(form)).toEqual({ grant_type: 'client_credentials', client_id: CREDENTIALS.clientId, client_secret: CREDENTIALS.clientSecret, scope: 'https://graph.microsoft.com/.default' });
    });

    it('fails with the HTTP status (never the secret) when the token endpoint refuses', async () => {
      const getToken = createGraphTokenProvider({ authorityHost: `${graph.authorityHost}/nowhere`, ...CREDENTIALS });
      const err = await getToken().then(() => undefined, (e: Error) => e);
      expect(err?.message).toContain('HTTP 404');
      expect(err?.message).not.toContain(CREDENTIALS.clientSecret);
    });
  });
});
