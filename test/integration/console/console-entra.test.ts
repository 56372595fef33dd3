import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { createConsoleRouter } from '../../../src/console/create-console';
import { createLogger } from '../../../src/core/logger';
import { createEmbeddedStore } from '../../../src/store';
import type { AuditEventInput, Store } from '../../../src/store/types';

const TENANT = '0f3c2d1e-aaaa-4bbb-8ccc-123456789abc';
const CLIENT = '5e6f7a8b-1111-4222-8333-abcdefabcdef';
const HOST = 'https://login.microsoftonline.com';
const ADMIN_OID = '11111111-2222-4333-8444-555555555555';
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

/** Stands in for Entra ID behind msal-node's HTTP client: discovery, and a token endpoint that checks PKCE. */
class FakeEntra implements INetworkModule {
  challenge = '';
  nonce = '';
  claims: Record<string, unknown> = {};
  verifierChecked = false;
  async sendGetRequestAsync<T>(url: string): Promise<NetworkResponse<T>> {
    const body = url.includes('discovery/instance')
      ? { tenant_discovery_endpoint: `${HOST}/${TENANT}/v2.0/.well-known/openid-configuration`, metadata: [{ preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.windows.net', aliases: ['login.microsoftonline.com'] }] }
      : {
          authorization_endpoint: `${HOST}/${TENANT}/oauth2/v2.0/authorize`, token_endpoint: `${HOST}/${TENANT}/oauth2/v2.0/token`,
          end_session_endpoint: `${HOST}/${TENANT}/oauth2/v2.0/logout`, issuer: `${HOST}/${TENANT}/v2.0`, jwks_uri: `${HOST}/${TENANT}/discovery/v2.0/keys`,
        };
    return { headers: {}, status: 200, body: body as T };
  }
  async sendPostRequestAsync<T>(_url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    const form = new URLSearchParams(String(options?.body ?? ''));
    const verifier = form.get('code_verifier') ?? '';
    this.verifierChecked = createHash('sha256').update(verifier).digest('base64url') === this.challenge;
    if (!this.verifierChecked || form.get('code') !== 'the-code') return { headers: {}, status: 400, body: { error: 'invalid_grant', error_description: 'bad code or verifier' } as T };
    const now = Math.floor(Date.now() / 1000);
    const claims = { aud: CLIENT, iss: `${HOST}/${TENANT}/v2.0`, tid: TENANT, oid: ADMIN_OID, sub: 's', preferred_username: 'qt.phuong@ubnd.gov.vn', name: 'Quản trị Phường', nonce: this.nonce, iat: now, nbf: now, exp: now + 3600, ver: '2.0', ...this.claims };
    const body = {
      token_type: 'Bearer', scope: 'openid profile', expires_in: 3600, ext_expires_in: 3600, access_token: `${b64({ alg: 'none' })}.${b64({ aud: 'x' })}.`,
      id_token: `${b64({ alg: 'RS256', typ: 'JWT', kid: 'k' })}.${b64(claims)}.c2ln`, client_info: b64({ uid: ADMIN_OID, utid: TENANT }),
    };
    return { headers: {}, status: 200, body: body as T };
  }
}

describe('console sign-in with Entra ID (OIDC code flow with PKCE through msal-node)', () => {
  let server: Server;
  let base: string;
  let store: Store;
  let dir: string;
  const entra = new FakeEntra();
  const events: AuditEventInput[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-entra-'));
    store = await createEmbeddedStore({ dataDir: dir });
    await store.users.upsert({ id: ADMIN_OID, upn: 'qt.phuong@ubnd.gov.vn', name: 'Quản trị Phường', unit: 'UBND phường Vệ An', role: 'unit_admin', status: 'active' });
    const app = express();
    const clock = { now: () => new Date() };
    await new Promise<void>((resolve) => (server = app.listen(0, '127.0.0.1', () => resolve())));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    app.use(createConsoleRouter({
      adminToken: 'local-token-is-ignored-with-entra', exportRealUserIds: false,
      settings: { publicUrl: base, idleMinutes: 30, authorityHost: HOST, entra: { clientId: CLIENT, clientSecret: 'secret', tenantId: TENANT, authorityHost: HOST } },
      store, feedback: store.feedback, audit: { record: async (e) => events.push(e) }, screen: (t) => ({ kind: 'ok', text: t }),
      documentStatus: { list: async () => [], set: async () => { throw new Error('unused'); } },
      knowledge: { current: () => ({ articleCount: 1 }), error: () => undefined }, knowledgePaths: [], clock,
      logger: createLogger('silent'), entraNetwork: entra,
    }));
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const begin = async () => {
    const res = await fetch(`${base}/console/auth/entra?next=%2Fconsole%2Faccounts`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const url = new URL(res.headers.get('location')!);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tlcv_oidc='))!.split(';')[0];
    entra.challenge = url.searchParams.get('code_challenge')!;
    entra.nonce = url.searchParams.get('nonce')!;
    return { url, cookie, state: url.searchParams.get('state')! };
  };
  const callback = (cookie: string, query: string) => fetch(`${base}/console/auth/callback?${query}`, { headers: { cookie }, redirect: 'manual' });

  it('offers Entra instead of the token form, and refuses the token sign-in', async () => {
    const page = await (await fetch(`${base}/console/login`)).text();
    expect(page).toContain('/console/auth/entra');
    expect(page).not.toContain('name="token"');
    expect((await fetch(`${base}/console/login`, { method: 'POST' })).status).toBe(404);
  });

  it('signs a provisioned administrator in: PKCE S256, state and nonce checked, back to the page asked for', async () => {
    const { url, cookie, state } = await begin();
    expect(url.origin + url.pathname).toBe(`${HOST}/${TENANT}/oauth2/v2.0/authorize`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('client_id')).toBe(CLIENT);
    expect(url.searchParams.get('redirect_uri')).toBe(`${base}/console/auth/callback`);
    const res = await callback(cookie, `code=the-code&state=${state}`);
    expect(entra.verifierChecked).toBe(true);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/console/accounts');
    const session = res.headers.getSetCookie().find((c) => c.startsWith('tlcv_console='))!.split(';')[0];
    const page = await fetch(`${base}/console/accounts`, { headers: { cookie: session } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Quản trị Phường');
    expect(events.some((e) => e.action === 'console.sign_in' && e.outcome === 'ok' && e.actor === ADMIN_OID)).toBe(true);
    // The pending sign-in is used once.
    expect((await callback(cookie, `code=the-code&state=${state}`)).headers.get('location')).toBe('/console/login?why=entra');
  });

  it('refuses a forged state, a foreign nonce, another tenant, and a person without an administrative account', async () => {
    let s = await begin();
    expect((await callback(s.cookie, 'code=the-code&state=forged')).headers.get('location')).toBe('/console/login?why=entra');
    s = await begin();
    entra.nonce = 'replayed-id-token';
    expect((await callback(s.cookie, `code=the-code&state=${s.state}`)).headers.get('location')).toBe('/console/login?why=entra');
    s = await begin();
    entra.claims = { tid: 'another-tenant' };
    expect((await callback(s.cookie, `code=the-code&state=${s.state}`)).headers.get('location')).toBe('/console/login?why=entra');
    s = await begin();
    entra.claims = { oid: '99999999-2222-4333-8444-555555555555', preferred_username: 'nguoi.la@ubnd.gov.vn' };
    const res = await callback(s.cookie, `code=the-code&state=${s.state}`);
    expect(res.headers.get('location')).toBe('/console/login?why=unknown');
    expect(res.headers.getSetCookie().some((c) => c.startsWith('tlcv_console='))).toBe(false);
    entra.claims = {};
    const reasons = events.filter((e) => e.type === 'security').map((e) => e.details?.reason);
    expect(reasons).toEqual(['no_pending', 'state_mismatch', 'nonce_mismatch', 'wrong_tenant', 'not_provisioned']);
  });
});
