import { createSign, generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { buildManifest } from '../../../src/cli/app-package/manifest';
import { createConsoleRouter } from '../../../src/console/create-console';
import { createLogger } from '../../../src/core/logger';
import { createEmbeddedStore } from '../../../src/store';
import type { Store } from '../../../src/store/types';

const TENANT = '7a7a7a7a-1111-4222-8333-444444444444';
const APP = 'b0b0b0b0-5555-4666-8777-888888888888';
const HOST = 'https://login.microsoftonline.com';
const OID = 'c1c1c1c1-2222-4333-8444-555555555555';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'key-1' } as JsonWebKey & { kid: string };
const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

function token(claims: Record<string, unknown>, key = privateKey): string {
  const now = Math.floor(Date.now() / 1000);
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'key-1' })}.${b64({ aud: `api://troly.example.gov.vn/${APP}`, iss: `${HOST}/${TENANT}/v2.0`, tid: TENANT, oid: OID, preferred_username: 'qt@so.gov.vn', iat: now, nbf: now, exp: now + 3600, ...claims })}`;
  return `${body}.${createSign('RSA-SHA256').update(body).sign(key).toString('base64url')}`;
}

describe('the console as a Teams personal tab, with Teams single sign-on checked on the server', () => {
  let server: Server;
  let base: string;
  let store: Store;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-teams-'));
    store = await createEmbeddedStore({ dataDir: dir });
    await store.users.upsert({ id: OID, name: 'Quản trị Sở', unit: 'Sở Khoa học và Công nghệ', role: 'system_admin', status: 'active' });
    const app = express();
    await new Promise<void>((resolve) => (server = app.listen(0, '127.0.0.1', () => resolve())));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    app.use(createConsoleRouter({
      exportRealUserIds: false, settings: { idleMinutes: 30, authorityHost: HOST },
      store, feedback: store.feedback, audit: { record: async () => undefined }, screen: (t) => ({ kind: 'ok', text: t }),
      documentStatus: { list: async () => [], set: async () => { throw new Error('unused'); } },
      knowledge: { current: () => ({ articleCount: 1 }), error: () => undefined }, knowledgePaths: [], clock: { now: () => new Date() },
      logger: createLogger('silent'), teamsSso: { appId: APP, tenantId: TENANT, authorityHost: HOST }, teamsKeys: async () => [jwk],
    }));
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const sso = (t: string, origin = base) => fetch(`${base}/console/teams/sso`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ token: t }) });

  it('the tab page loads the Teams SDK from the service itself', async () => {
    const page = await (await fetch(`${base}/console/teams`)).text();
    const scripts = [...page.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.map((s) => s.split('?')[0])).toEqual(['/console/assets/MicrosoftTeams.min.js', '/console/assets/console-teams.js']);
    const sdk = await fetch(`${base}${scripts[0]}`);
    expect(sdk.status).toBe(200);
    expect(await sdk.text()).toContain('getAuthToken');
  });

  it('a valid token of a provisioned administrator opens a session whose cookie works in Teams\' frame', async () => {
    const res = await sso(token({}));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ next: '/console/usage' });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tlcv_console='))!;
    expect(cookie).toMatch(/SameSite=None/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    const page = await fetch(`${base}/console/usage`, { headers: { cookie: cookie.split(';')[0] } });
    expect(page.status).toBe(200);
  });

  it.each([
    ['another key', () => token({}, other), 401],
    ['another application', () => token({ aud: 'api://evil/other-app' }), 401],
    ['another tenant', () => token({ tid: 'someone-else' }), 401],
    ['an expired token', () => token({ exp: Math.floor(Date.now() / 1000) - 600 }), 401],
    ['a person with no administrative account', () => token({ oid: 'd2d2d2d2-2222-4333-8444-555555555555', preferred_username: 'x@y.vn' }), 403],
    ['a token that is not a JWT', () => 'abc', 401],
  ])('refuses %s', async (_name, make, status) => {
    const res = await sso(make());
    expect(res.status).toBe(status);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('tlcv_console='))).toBe(false);
  });

  it('refuses a sign-in posted from another site', async () => {
    expect((await sso(token({}), 'https://evil.example')).status).toBe(403);
  });

  it('the app package declares the tab and the single sign-on application', () => {
    const manifest = buildManifest(fs.readFileSync(path.join(__dirname, '../../../appPackage/manifest.template.json'), 'utf8'), { botId: APP, domain: 'troly.example.gov.vn' });
    expect(manifest.staticTabs).toEqual([expect.objectContaining({ contentUrl: 'https://troly.example.gov.vn/console/teams', scopes: ['personal'] })]);
    expect(manifest.webApplicationInfo).toEqual({ id: APP, resource: `api://troly.example.gov.vn/${APP}` });
  });
});
