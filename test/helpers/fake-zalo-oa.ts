import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local stand-in for the Zalo OA API v3 and its OAuth token endpoint. */
export interface FakeZaloOa {
  baseUrl: string;
  /** Texts sent with the consultation message API, by user id. */
  sent(userId: string): string[];
  /** Each token refresh as received (form fields and the secret_key header). */
  refreshes: { refreshToken: string; appId: string; grantType: string; secretKey: string }[];
  /** Seconds the next issued access tokens live (Zalo: 90000). */
  setExpiresIn(seconds: number): void;
  /** Makes the current access token invalid, as Zalo does when it is revoked (-216). */
  invalidateAccessToken(): void;
  close(): Promise<void>;
}

/** Starts the fake: `POST /v4/oa/access_token` rotates tokens; `POST /v3.0/oa/message/cs` needs the current one. */
export async function startFakeZaloOa(opts: { appSecret: string; refreshToken: string }): Promise<FakeZaloOa> {
  const messages: { userId: string; text: string }[] = [];
  const refreshes: FakeZaloOa['refreshes'] = [];
  let validRefresh = opts.refreshToken;
  let access: string | undefined;
  let expiresIn = 90_000;
  let n = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (req.method === 'POST' && req.url === '/v4/oa/access_token') {
        const form = new URLSearchParams(raw);
        const r = { refreshToken: form.get('refresh_token') ?? '', appId: form.get('app_id') ?? '', grantType: form.get('grant_type') ?? '', secretKey: String(req.headers.secret_key ?? '') };
        refreshes.push(r);
        if (r.secretKey !== opts.appSecret || r.refreshToken !== validRefresh || r.grantType !== 'refresh_token') return json(200, { error: -14014, error_name: 'Invalid refresh token' });
        n += 1;
        access = `access-${n}`;
        validRefresh = `refresh-${n}`;
        return json(200, { access_token: access, refresh_token: validRefresh, expires_in: String(expiresIn) });
      }
      if (req.method === 'POST' && req.url === '/v3.0/oa/message/cs') {
        if (!access || req.headers.access_token !== access) return json(200, { error: -216, message: 'Access token is invalid' });
        const body = JSON.parse(raw) as { recipient: { user_id: string }; message: { text: string } };
        messages.push({ userId: body.recipient.user_id, text: body.message.text });
        return json(200, { error: 0, message: 'Success', data: { message_id: `oa-m-${messages.length}`, user_id: body.recipient.user_id } });
      }
      json(404, { error: 404, message: 'not found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    sent: (userId) => messages.filter((m) => m.userId === userId).map((m) => m.text),
    refreshes,
    setExpiresIn: (s) => { expiresIn = s; },
    invalidateAccessToken: () => { access = 'revoked'; },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
