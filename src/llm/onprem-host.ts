import net from 'node:net';

// Loopback and private networks (RFC 1918, IPv6 unique local): hosts that can only be on the agency's own network.
const PRIVATE = new net.BlockList();
PRIVATE.addSubnet('127.0.0.0', 8, 'ipv4');
PRIVATE.addSubnet('10.0.0.0', 8, 'ipv4');
PRIVATE.addSubnet('172.16.0.0', 12, 'ipv4');
PRIVATE.addSubnet('192.168.0.0', 16, 'ipv4');
PRIVATE.addAddress('::1', 'ipv6');
PRIVATE.addSubnet('fc00::', 7, 'ipv6');

/** One entry of LLM_ONPREM_HOSTS: an exact host, every host under a domain (`*.tinh.gov.vn`), or an address range (CIDR). */
export type OnpremHostRule = { kind: 'host'; host: string } | { kind: 'domain'; suffix: string } | { kind: 'subnet'; list: net.BlockList };

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,62})(\.[a-z0-9_]([a-z0-9_-]{0,62}))*$/;

/** Parses one LLM_ONPREM_HOSTS entry; undefined when it is none of the accepted forms. */
export function parseOnpremHostRule(entry: string): OnpremHostRule | undefined {
  const e = bare(entry);
  const cidr = /^(.+)\/(\d{1,3})$/.exec(e);
  if (cidr) {
    const family = net.isIP(cidr[1]);
    const bits = Number(cidr[2]);
    if (!family || bits > (family === 4 ? 32 : 128)) return undefined;
    const list = new net.BlockList();
    list.addSubnet(cidr[1], bits, family === 4 ? 'ipv4' : 'ipv6');
    return { kind: 'subnet', list };
  }
  if (net.isIP(e)) return { kind: 'host', host: e };
  if (e.startsWith('*.') && HOST_NAME.test(e.slice(2))) return { kind: 'domain', suffix: e.slice(1) };
  return HOST_NAME.test(e) ? { kind: 'host', host: e } : undefined;
}

/**
 * Whether a model URL's host is on the agency's own network: loopback, a private address, `localhost`, or a host the
 * operator listed (LLM_ONPREM_HOSTS). A public name is never assumed private: what it resolves to can change.
 */
export function isOnpremHost(url: string, rules: OnpremHostRule[]): boolean {
  const host = bare(new URL(url).hostname);
  const family = net.isIP(host);
  if (family && PRIVATE.check(host, family === 4 ? 'ipv4' : 'ipv6')) return true;
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  return rules.some((r) =>
    r.kind === 'host' ? r.host === host
    : r.kind === 'domain' ? host.endsWith(r.suffix)
    : family !== 0 && r.list.check(host, family === 4 ? 'ipv4' : 'ipv6'));
}

/** The URL without credentials, path or query: safe to print in an error line. */
export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

// Lowercase, no IPv6 brackets, no trailing root dot ("localhost." is "localhost").
function bare(host: string): string {
  return host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}
