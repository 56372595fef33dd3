import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileAttachment, messageActivity } from '../../../src/cli/chat/activity-factory';
import { startTestService, type TestService } from '../../helpers/test-runtime';

/** A loopback server standing for an internal service; records what reaches it. */
async function startInternalService() {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('Biên bản nội bộ: mật khẩu quản trị là 123456');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { hits, port, close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** A well-formed RS256 token with a key id, so validation has to fetch the signing keys; its signature is junk. */
const forgedToken = (appId: string) =>
  `${b64url({ alg: 'RS256', typ: 'JWT', kid: 'forged-key' })}.${b64url({ iss: 'https://api.botframework.com', aud: appId, serviceurl: 'https://smba.trafficmanager.net/apac/', nbf: Math.floor(Date.now() / 1000) - 60, exp: Math.floor(Date.now() / 1000) + 3600 })}.${Buffer.from('not a signature').toString('base64url')}`;

describe('untrusted input over HTTP (no registration: local mode)', () => {
  let svc: TestService;
  let internal: Awaited<ReturnType<typeof startInternalService>>;
  beforeAll(async () => {
    internal = await startInternalService();
    svc = await startTestService();
  });
  afterAll(async () => {
    await svc.stop();
    await internal.close();
  });

  it('never fetches attachments from loopback, private, link-local or redirecting hosts other than the local client', async () => {
    const redirect = svc.connector.serveFile('doi-huong.txt', Buffer.from('x'));
    const urls = [
      `http://127.0.0.1:${internal.port}/bien-ban.txt`,
      `http://localhost:${internal.port}/bien-ban.txt`,
      `http://[::1]:${internal.port}/bien-ban.txt`,
      'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
      'http://10.0.0.1/bien-ban.txt',
      'http://192.168.1.1/bien-ban.txt',
      'https://contoso.sharepoint.com/bien-ban.txt',
      `${redirect}?via=http://127.0.0.1:${internal.port}/`,
    ];
    for (const url of urls) {
      const who = svc.identity();
      const replies = await svc.say(who, '/tomtat', { attachments: [fileAttachment('bien-ban.txt', url)] });
      expect(replies.map((r) => String(r.activity.text))).toEqual([expect.stringContaining('Không tải được tệp')]);
    }
    expect(internal.hits).toEqual([]);
  }, 60_000);

  it('replies only to a service URL on this machine when nothing authenticates the activity (403, nothing sent)', async () => {
    const who = { ...svc.identity(), serviceUrl: `http://10.0.0.5:${internal.port}/` };
    for (const serviceUrl of [who.serviceUrl, `http://169.254.169.254/`, 'https://smba.trafficmanager.net/apac/', 'file:///etc/passwd']) {
      const res = await svc.post(messageActivity({ ...who, serviceUrl }, 'trợ giúp'));
      expect([serviceUrl, res.status]).toEqual([serviceUrl, 403]);
    }
    expect(internal.hits).toEqual([]);
  });

  it('answers an unsupported charset or encoding with 415, and a malformed body with 400, never 500', async () => {
    const send = (headers: Record<string, string>, body: string) => fetch(`${svc.baseUrl}/api/messages`, { method: 'POST', headers, body }).then((r) => r.status);
    const body = JSON.stringify(messageActivity(svc.identity(), 'trợ giúp'));
    expect(await send({ 'content-type': 'application/json; charset=klingon' }, body)).toBe(415);
    expect(await send({ 'content-type': 'application/json', 'content-encoding': 'br2' }, body)).toBe(415);
    expect(await send({ 'content-type': 'application/json' }, '{"type": ')).toBe(400);
    expect(await send({ 'content-type': 'application/json' }, '[1,2]')).toBe(400);
  });
});

describe('a forged token while the identity metadata is unreachable', () => {
  const APP_ID = '11111111-2222-4333-8444-555555555555';
  let svc: TestService;
  let hanging: http.Server;
  let hangingUrl: string;
  let metadataHits = 0;
  beforeAll(async () => {
    hanging = http.createServer(() => void (metadataHits += 1));
    await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r));
    hangingUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/.well-known/openidconfiguration`;
    svc = await startTestService(
      { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'not-a-real-secret', MICROSOFT_APP_TENANT_ID: '66666666-7777-4888-9999-000000000000', ALLOWED_TENANT_IDS: '66666666-7777-4888-9999-000000000000', OUTBOUND_TIMEOUT_MS: '700' },
      { adjust: (c) => void (c.bot.openIdMetadataUrl = hangingUrl) },
    );
  });
  afterAll(async () => {
    await svc.stop();
    hanging.closeAllConnections();
    await new Promise((r) => hanging.close(r));
  });

  const postWithToken = (token: string) =>
    fetch(`${svc.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ ...messageActivity(svc.identity(), 'trợ giúp'), serviceUrl: 'https://smba.trafficmanager.net/apac/' }),
    });

  it('is a 401 with no internal detail, within the outbound timeout, when the metadata host hangs', async () => {
    const started = Date.now();
    const res = await postWithToken(forgedToken(APP_ID));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'UNAUTHORIZED', message: 'not authenticated' } });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(metadataHits).toBeGreaterThan(0);
  });

  it('is a 401 for a token of another issuer or without a signature', async () => {
    const [head, payload] = forgedToken(APP_ID).split('.');
    expect((await postWithToken(`${head}.${payload}.`)).status).toBe(401);
    expect((await postWithToken('not.a.token')).status).toBe(401);
  });
});
