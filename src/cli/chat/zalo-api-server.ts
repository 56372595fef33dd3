import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the bot sent through the local Zalo Bot API. */
export type ZaloSent = { method: 'sendMessage'; chatId: string; text: string } | { method: 'sendChatAction'; chatId: string; action: string };

/** A local stand-in for the Zalo Bot API (`POST /bot{token}/{method}`) that tells the terminal what the bot sends. */
export async function startZaloApiServer(opts: { port: number; onSent: (sent: ZaloSent) => void }): Promise<{ baseUrl: string; close(): Promise<void> }> {
  let n = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const m = /^\/bot[^/]+\/(\w+)$/.exec(req.url ?? '');
      let body: Record<string, unknown> = {};
      try {
        body = raw ? JSON.parse(raw) : {};
      } catch {
        body = {};
      }
      const method = m?.[1];
      let result: unknown = true;
      if (method === 'sendMessage') {
        result = { message_id: `local-${++n}`, date: Date.now() };
        opts.onSent({ method, chatId: String(body.chat_id), text: String(body.text ?? '') });
      } else if (method === 'sendChatAction') {
        opts.onSent({ method, chatId: String(body.chat_id), action: String(body.action ?? '') });
      } else if (method === 'getWebhookInfo') result = { url: '' };
      res.writeHead(m ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(m ? { ok: true, result } : { ok: false, error_code: 404 }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}
