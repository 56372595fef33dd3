import { isLoopbackHost } from './addresses';

/** Where one outbound call may go: checked on the first URL and again on every redirect. */
export interface HostRule {
  /** A reason when `url` may not be fetched, undefined when it may. */
  refuse(url: URL): string | undefined;
  /** Whether loopback addresses may be connected to (the local chat client in unauthenticated mode only). */
  loopback: boolean;
}

/** True when `host` matches a pattern: an exact name, or "*.example.com" for any name under example.com. */
export function hostMatches(host: string, pattern: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const p = pattern.trim().toLowerCase();
  if (!p) return false;
  return p.startsWith('*.') ? h.endsWith(p.slice(1)) && h.length > p.length - 1 : h === p;
}

/** HTTPS to one of `hosts` (the channel's own file hosts); never an address literal, never credentials in the URL. */
export function allowlistRule(hosts: string[]): HostRule {
  return {
    loopback: false,
    refuse(url) {
      if (url.protocol !== 'https:') return 'not https';
      if (url.username || url.password) return 'credentials in URL';
      if (!hosts.some((p) => hostMatches(url.hostname, p))) return 'host not allowed for this channel';
      return undefined;
    },
  };
}

/**
 * Unauthenticated local mode: only the origin of the conversation's own service URL, which the messages route has
 * already required to be loopback (the local chat client and tests), so nothing beyond this machine's client is reached.
 */
export function sameLoopbackOriginRule(serviceUrl: string | undefined): HostRule {
  let origin: string | undefined;
  try {
    const u = serviceUrl ? new URL(serviceUrl) : undefined;
    origin = u && isLoopbackHost(u.hostname) ? u.origin : undefined;
  } catch {
    origin = undefined;
  }
  return {
    loopback: true,
    refuse(url) {
      if (!origin) return 'no local service URL';
      if (url.origin !== origin) return 'not the local client';
      if (url.username || url.password) return 'credentials in URL';
      return undefined;
    },
  };
}

/** A rule that refuses everything (a channel without configured file hosts). */
export const refuseAll: HostRule = { loopback: false, refuse: () => 'no file hosts configured for this channel' };
