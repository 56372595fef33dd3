import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A load balancer stand-in: each request goes to the next backend in turn; `counts` says how many each got. */
export interface RoundRobinProxy {
  url: string;
  counts: number[];
  close(): Promise<void>;
}

/** Starts a round-robin HTTP proxy on a free loopback port in front of `backends` (base URLs), with kept-alive sockets. */
export async function startRoundRobinProxy(backends: string[]): Promise<RoundRobinProxy> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const counts = backends.map(() => 0);
  let next = 0;
  const server = http.createServer((req, res) => {
    const i = next++ % backends.length;
    counts[i]++;
    const upstream = http.request(new URL(req.url ?? '/', backends[i]), { method: req.method, headers: req.headers, agent }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    // An unreachable backend is the proxy's 502, as nginx would answer.
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: async () => {
      agent.destroy();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
