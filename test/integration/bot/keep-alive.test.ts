import http from 'node:http';
import { startTestService, type TestService } from '../../helpers/test-runtime';

/** GET on a given agent; resolves with the status and whether the agent reused a kept-alive socket. */
function get(url: string, agent: http.Agent): Promise<{ status: number; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
    });
    req.on('error', reject);
  });
}

describe('kept-alive connections (as a reverse proxy holds them)', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService();
  });
  afterAll(() => svc.stop());

  it('stay open past Node’s default 5 s idle timeout, so a proxy reusing one is not reset', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect(await get(`${svc.baseUrl}/healthz`, agent)).toEqual({ status: 200, reused: false });
      await new Promise((r) => setTimeout(r, 6_000));
      expect(await get(`${svc.baseUrl}/healthz`, agent)).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  }, 20_000);
});
