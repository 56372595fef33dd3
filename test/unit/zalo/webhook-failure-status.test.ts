import express from 'express';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createZaloWebhookRoute, SECRET_HEADER } from '../../../src/zalo/webhook-route';

const SECRET = 'zalo-webhook-secret-for-tests';
const update = { ok: true, result: undefined, event_name: 'message.text.received', message: { message_id: 'm-9', date: 1, text: 'Xin chào', from: { id: 'u-9', display_name: 'Chị Lan', is_bot: false }, chat: { id: 'u-9', chat_type: 'PRIVATE' } } };

describe('the Zalo Bot Platform webhook when handling fails', () => {
  it('answers 503 (the platform retries later), not 500, and logs no message text', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (l: string) => void lines.push(l) });
    const app = express().use(createZaloWebhookRoute({ secret: SECRET, logger, handle: async () => { throw new Error('store unavailable'); } }));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/zalo`, { method: 'POST', headers: { 'content-type': 'application/json', [SECRET_HEADER]: SECRET }, body: JSON.stringify(update) });
      expect(res.status).toBe(503);
      expect(lines.join('')).toContain('store unavailable');
      expect(lines.join('')).not.toContain('Xin chào');
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
