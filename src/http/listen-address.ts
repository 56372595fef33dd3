import type { AddressInfo } from 'node:net';

/** Where the HTTP server listens: the socket address it is bound to, and a base URL that works from this machine. */
export interface ListenAddress {
  /** The bound address as the socket reports it, e.g. `0.0.0.0:3978`, `[::]:3978`, `10.0.0.5:3978`. */
  bound: string;
  /** True when bound to every interface (0.0.0.0 or ::). */
  allInterfaces: boolean;
  /** A base URL for a client on this machine: loopback when bound to every interface, e.g. `http://127.0.0.1:3978`. */
  url: string;
}

const WILDCARDS = new Set(['0.0.0.0', '::', '::0', '0:0:0:0:0:0:0:0']);

/** Describes a bound socket address (server.address()) for the start-up log and for clients on this machine. */
export function describeListenAddress(address: AddressInfo): ListenAddress {
  const v6 = address.family === 'IPv6' || (address.family as unknown) === 6;
  const host = v6 ? `[${address.address}]` : address.address;
  const allInterfaces = WILDCARDS.has(address.address);
  const local = !allInterfaces ? host : v6 ? '[::1]' : '127.0.0.1';
  return { bound: `${host}:${address.port}`, allInterfaces, url: `http://${local}:${address.port}` };
}

/** The start-up log line: the real bound address, then the URL to use from this machine. */
export function listeningMessage(a: ListenAddress): string {
  return `Trợ lý Công vụ listening on ${a.bound}${a.allInterfaces ? ' (all interfaces)' : ''}; from this machine: ${a.url}/api/messages`;
}
