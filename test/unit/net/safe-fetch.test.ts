import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { allowlistRule, sameLoopbackOriginRule, type HostRule } from '../../../src/net/host-rule';
import { OutboundRefused, OutboundTimeout, OutboundTooLarge, safeFetch } from '../../../src/net/safe-fetch';

/** A loopback server that records every request it gets. */
async function startServer(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { hits, port, origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

const opts = (rule: HostRule, extra: Partial<Parameters<typeof safeFetch>[1]> = {}) => ({ rule, timeoutMs: 2000, maxBytes: 1000, ...extra });
/** An allowlist rule that also accepts http (the test servers speak plain HTTP), otherwise the production checks. */
const httpAllowlist = (hosts: string[]): HostRule => {
  const inner = allowlistRule(hosts);
  return { loopback: false, refuse: (u) => inner.refuse(new URL(u.toString().replace(/^http:/, 'https:'))) };
};

describe('safeFetch: the service fetches only where the channel allows', () => {
  let target: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    target = await startServer((_req, res) => res.end('secret of an internal service'));
  });
  afterAll(() => target.close());
  beforeEach(() => target.hits.splice(0));

  it('never connects to loopback, private or link-local addresses, however the URL names them', async () => {
    const rule = httpAllowlist(['*.sharepoint.com', '127.0.0.1', 'localhost', '169.254.169.254', '10.0.0.1', '[::1]']);
    for (const url of [`${target.origin}/x`, `http://localhost:${target.port}/x`, `http://[::1]:${target.port}/x`, 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/']) {
      await expect(safeFetch(url, opts(rule))).rejects.toBeInstanceOf(OutboundRefused);
    }
    expect(target.hits).toEqual([]);
  });

  it('checks the addresses a name resolves to, at connect time (an allowed name pointing inside is refused)', async () => {
    const rule = httpAllowlist(['*.sharepoint.com']);
    for (const address of ['127.0.0.1', '169.254.169.254', '192.168.0.10', '::1', 'fd00::1']) {
      const lookup = async () => [{ address, family: address.includes(':') ? 6 : 4 }];
      await expect(safeFetch(`http://contoso.sharepoint.com:${target.port}/x`, opts(rule, { lookup }))).rejects.toMatchObject({ name: 'OutboundRefused' });
    }
    // One private address among public ones is enough to refuse the name.
    const mixed = async () => [{ address: '13.107.6.152', family: 4 }, { address: '127.0.0.1', family: 4 }];
    await expect(safeFetch(`http://contoso.sharepoint.com:${target.port}/x`, opts(rule, { lookup: mixed }))).rejects.toBeInstanceOf(OutboundRefused);
    expect(target.hits).toEqual([]);
  });

  it('refuses hosts outside the channel allowlist, plain http and credentials in the URL', async () => {
    const rule = allowlistRule(['*.sharepoint.com']);
    await expect(safeFetch('https://evil.example.net/file.txt', opts(rule))).rejects.toMatchObject({ reason: 'host not allowed for this channel' });
    await expect(safeFetch('http://contoso.sharepoint.com/file.txt', opts(rule))).rejects.toMatchObject({ reason: 'not https' });
    await expect(safeFetch('https://u:p@contoso.sharepoint.com/file.txt', opts(rule))).rejects.toMatchObject({ reason: 'credentials in URL' });
  });

  it('re-checks every redirect: one to an internal address is not followed', async () => {
    const local = sameLoopbackOriginRule(undefined);
    const redirector = await startServer((req, res) => {
      const to = req.url === '/meta' ? 'http://169.254.169.254/latest/meta-data/' : req.url === '/other' ? `${target.origin}/x` : '/ok';
      if (req.url === '/ok') return void res.end('fine');
      res.writeHead(302, { location: to }).end();
    });
    try {
      const rule = sameLoopbackOriginRule(`${redirector.origin}/`);
      expect((await safeFetch(`${redirector.origin}/start`, opts(rule))).body.toString()).toBe('fine');
      await expect(safeFetch(`${redirector.origin}/meta`, opts(rule))).rejects.toMatchObject({ reason: 'not the local client' });
      await expect(safeFetch(`${redirector.origin}/other`, opts(rule))).rejects.toMatchObject({ reason: 'not the local client' });
      await expect(safeFetch(`${redirector.origin}/start`, opts(local))).rejects.toBeInstanceOf(OutboundRefused);
      expect(target.hits).toEqual([]);
    } finally {
      await redirector.close();
    }
  });

  it('gives up on a host that never answers, and on a body over the limit', async () => {
    const slow = await startServer(() => undefined);
    const big = await startServer((_req, res) => res.end(Buffer.alloc(5000, 65)));
    try {
      const started = Date.now();
      await expect(safeFetch(`${slow.origin}/`, opts(sameLoopbackOriginRule(`${slow.origin}/`), { timeoutMs: 300 }))).rejects.toBeInstanceOf(OutboundTimeout);
      expect(Date.now() - started).toBeLessThan(5000);
      await expect(safeFetch(`${big.origin}/`, opts(sameLoopbackOriginRule(`${big.origin}/`)))).rejects.toBeInstanceOf(OutboundTooLarge);
    } finally {
      await slow.close();
      await big.close();
    }
  });
});
