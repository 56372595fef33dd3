import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the service made to the fake Zalo Bot API. */
export interface ZaloApiCall {
  token: string;
  method: string;
  body: Record<string, unknown>;
}

/** A local stand-in for the Zalo Bot API (`POST /bot{token}/{method}`): records calls, answers `{ok: true, result}`. */
export interface FakeZaloApi {
  baseUrl: string;
  calls: ZaloApiCall[];
  /** The texts sent with sendMessage to `chatId` (all chats when omitted), in order. */
  sent(chatId?: string): string[];
  close(): Promise<void>;
}

/** Starts the fake on a free loopback port. */
export async function startFakeZaloApi(): Promise<FakeZaloApi> {
  const calls: ZaloApiCall[] = [];
  let webhook: { url: string; secret_token?: string } | undefined;
  let n = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const m = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !m) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }));
        return;
      }
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      calls.push({ token: m[1], method: m[2], body });
      let result: unknown = true;
      if (m[2] === 'sendMessage') result = { message_id: `zm-${++n}`, date: Date.now() };
      if (m[2] === 'setWebhook') webhook = { url: String(body.url), secret_token: body.secret_token as string | undefined };
      if (m[2] === 'getWebhookInfo') result = { url: webhook?.url ?? '', updated_at: Date.now() };
      if (m[2] === 'getMe') result = { id: 'bot-1', account_name: 'bot.test', display_name: 'Trợ lý Công vụ' };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    calls,
    sent: (chatId) => calls.filter((c) => c.method === 'sendMessage' && (chatId === undefined || c.body.chat_id === chatId)).map((c) => String(c.body.text)),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

let seq = 0;

/** A Zalo Bot update as the platform posts it (bare); `wrap` gives the `{ok, result}` form. */
export function zaloUpdate(opts: { text?: string; userId: string; chatId?: string; group?: boolean; event?: string; messageId?: string; name?: string }): Record<string, unknown> {
  return {
    event_name: opts.event ?? 'message.text.received',
    message: {
      message_id: opts.messageId ?? `msg-${Date.now()}-${++seq}`,
      from: { id: opts.userId, display_name: opts.name ?? 'Cán bộ Zalo', is_bot: false },
      chat: { id: opts.chatId ?? opts.userId, chat_type: opts.group ? 'GROUP' : 'PRIVATE' },
      date: Date.now(),
      ...(opts.text !== undefined ? { text: opts.text } : {}),
    },
  };
}
