import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { isForbiddenAddress, isLoopbackHost } from './addresses';
import type { HostRule } from './host-rule';

/** An outbound call refused before anything was sent (host, protocol, address, redirect). */
export class OutboundRefused extends Error {
  constructor(readonly reason: string) {
    super(`outbound call refused: ${reason}`);
    this.name = 'OutboundRefused';
  }
}

/** An outbound call that did not finish in time. */
export class OutboundTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`outbound call timed out after ${timeoutMs} ms`);
    this.name = 'OutboundTimeout';
  }
}

/** The response body is over the size limit (the transfer was stopped). */
export class OutboundTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`response exceeds ${maxBytes} bytes`);
    this.name = 'OutboundTooLarge';
  }
}

type LookupAll = (host: string) => Promise<{ address: string; family: number }[]>;

export interface SafeFetchOptions {
  rule: HostRule;
  timeoutMs: number;
  maxBytes: number;
  method?: 'GET' | 'PUT';
  headers?: Record<string, string>;
  body?: Buffer;
  /** Redirects followed, each re-checked against the rule and the address check (default 3; PUT never follows). */
  maxRedirects?: number;
  /** DNS resolution (tests pass a fake one). */
  lookup?: LookupAll;
}

export interface SafeResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** The URL that answered (after redirects). */
  url: string;
}

const defaultLookup: LookupAll = (host) => dns.promises.lookup(host, { all: true, verbatim: true });

/**
 * Fetches a URL for the service without letting the URL choose where the service connects: the host must pass the
 * rule, every address the name resolves to must be public (checked at connect time, so a DNS answer cannot change in
 * between), redirects are re-checked, the whole call has a timeout and the body a size limit.
 */
export async function safeFetch(input: string, opts: SafeFetchOptions): Promise<SafeResponse> {
  const deadline = Date.now() + opts.timeoutMs;
  const maxRedirects = opts.method === 'PUT' ? 0 : opts.maxRedirects ?? 3;
  let url = parseUrl(input);
  for (let hop = 0; ; hop++) {
    const refused = opts.rule.refuse(url);
    if (refused) throw new OutboundRefused(refused);
    const res = await requestOnce(url, opts, deadline);
    const location = res.headers.location;
    if (res.status >= 300 && res.status < 400 && location) {
      if (hop >= maxRedirects) throw new OutboundRefused('too many redirects');
      url = parseUrl(location, url);
      continue;
    }
    return { ...res, url: url.toString() };
  }
}

function parseUrl(text: string, base?: URL): URL {
  try {
    return new URL(text, base);
  } catch {
    throw new OutboundRefused('malformed URL');
  }
}

/** Refuses an address literal or resolved address outside what the rule allows. */
function checkAddress(address: string, rule: HostRule): void {
  if (rule.loopback && isLoopbackHost(address)) return;
  if (isForbiddenAddress(address)) throw new OutboundRefused(`address ${address} is not public`);
}

function requestOnce(url: URL, opts: SafeFetchOptions, deadline: number): Promise<Omit<SafeResponse, 'url'>> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host)) checkAddress(host, opts.rule);
  const resolve = opts.lookup ?? defaultLookup;
  // Resolution and the address check happen inside the connection attempt, on the addresses actually used.
  const lookup: net.LookupFunction = (hostname, _options, callback) => {
    resolve(hostname)
      .then((addresses) => {
        if (addresses.length === 0) throw new OutboundRefused('no address');
        for (const a of addresses) checkAddress(a.address, opts.rule);
        callback(null, addresses[0].address, addresses[0].family);
      })
      .catch((e: Error) => callback(e as NodeJS.ErrnoException, '', 0));
  };
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new OutboundTimeout(opts.timeoutMs));
  return new Promise((resolvePromise, reject) => {
    const mod = url.protocol === 'https:' ? https : http;
    let settled = false;
    const fail = (e: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(e);
    };
    const req = mod.request(url, { method: opts.method ?? 'GET', headers: opts.headers, lookup, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      let total = 0;
      res.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > opts.maxBytes) return fail(new OutboundTooLarge(opts.maxBytes));
        chunks.push(chunk);
      });
      res.on('error', fail);
      res.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    const timer = setTimeout(() => fail(new OutboundTimeout(opts.timeoutMs)), remaining);
    req.on('error', (e) => fail(e instanceof OutboundRefused ? e : (e as Error)));
    req.end(opts.body);
  });
}
