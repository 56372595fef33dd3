import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { messageActivity } from '../../../src/cli/chat/activity-factory';
import { startTestService, type TestService } from '../../helpers/test-runtime';

describe('replies to a channel that never answers', () => {
  let svc: TestService;
  let hanging: http.Server;
  let hits = 0;
  beforeAll(async () => {
    hanging = http.createServer(() => void (hits += 1));
    await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r));
    svc = await startTestService({ OUTBOUND_TIMEOUT_MS: '300' });
  });
  afterAll(async () => {
    hanging.closeAllConnections();
    await new Promise((r) => hanging.close(r));
    await svc.stop();
  });

  it('give up after the outbound timeout and the connector\'s bounded retries: the turn ends, the request is answered', async () => {
    const who = { ...svc.identity(), serviceUrl: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/` };
    const started = Date.now();
    const res = await svc.post(messageActivity(who, 'trợ giúp'));
    expect(res.status).toBe(200);
    expect(hits).toBeGreaterThan(0);
    // Four tries of 0.3 s and the client's back-off between them, instead of waiting forever.
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);
});
