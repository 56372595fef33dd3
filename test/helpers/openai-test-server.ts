import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A chat completion request as the test server received it. */
export interface ReceivedRequest {
  model: string;
  messages: { role: string; content: string }[];
  stream: boolean;
  /** Every message content joined, for "was X ever sent" assertions. */
  allText: string;
}

/** Decides the reply for one request: text to return, or a delay / error to simulate. */
export type Responder = (req: ReceivedRequest, index: number) => { text?: string; delayMs?: number; status?: number };

/** A local OpenAI-compatible server (POST /v1/chat/completions, streaming or not) that records what it was sent. */
export interface OpenAiTestServer {
  baseUrl: string;
  requests: ReceivedRequest[];
  setResponder(r: Responder): void;
  close(): Promise<void>;
}

/** Starts the test server on a free loopback port. */
export async function startOpenAiTestServer(responder: Responder = () => ({ text: 'OK [1]' })): Promise<OpenAiTestServer> {
  const requests: ReceivedRequest[] = [];
  let respond = responder;
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      if (req.method === 'GET' && req.url?.endsWith('/models')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ object: 'list', data: [{ id: 'test-model', object: 'model' }] }));
        return;
      }
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404).end();
        return;
      }
      const parsed = JSON.parse(body || '{}');
      const messages = (parsed.messages ?? []).map((m: { role: string; content: unknown }) => ({
        role: m.role,
        content: typeof m.content === 'string' ? m.content : JSON.stringify(m.content),
      }));
      const received: ReceivedRequest = {
        model: parsed.model,
        messages,
        stream: Boolean(parsed.stream),
        allText: messages.map((m: { content: string }) => m.content).join('\n'),
      };
      requests.push(received);
      const plan = respond(received, requests.length - 1);
      // unref: a delayed answer nobody waits for any more does not keep the test process alive
      if (plan.delayMs) await new Promise((r) => setTimeout(r, plan.delayMs).unref());
      if (res.destroyed) return;
      if (plan.status && plan.status >= 400) {
        res.writeHead(plan.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'simulated failure', type: 'server_error' } }));
        return;
      }
      const text = plan.text ?? '';
      const id = `chatcmpl-${requests.length}`;
      const created = Math.floor(Date.now() / 1000);
      if (received.stream) {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        const pieces = text.match(/[\s\S]{1,12}/g) ?? [];
        for (const piece of pieces) {
          const chunk = { id, object: 'chat.completion.chunk', created, model: received.model, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] };
          res.write(`data: ${JSON.stringify(chunk)}\n\n`);
        }
        const last = { id, object: 'chat.completion.chunk', created, model: received.model, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] };
        res.write(`data: ${JSON.stringify(last)}\n\ndata: [DONE]\n\n`);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({
        id, object: 'chat.completion', created, model: received.model,
        choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }));
    });
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    setResponder: (r) => { respond = r; },
    close: () => new Promise<void>((resolve) => { for (const s of sockets) s.destroy(); server.close(() => resolve()); }),
  };
}
