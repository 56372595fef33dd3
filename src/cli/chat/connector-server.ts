import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

/** An activity the bot sent back, as received at the local connector endpoint. */
export interface ReceivedActivity {
  id: string;
  conversationId: string;
  replyToId?: string;
  activity: Record<string, unknown> & { type?: string; text?: string };
}

/** A stand-in for the Bot Framework connector service: the endpoint an activity's `serviceUrl` points at. */
export interface ConnectorServer {
  serviceUrl: string;
  received: ReceivedActivity[];
  /** The user ids the bot looked up (GET …/members/{userId}), in order. */
  memberLookups: string[];
  /** Member details returned by GET /v3/conversations/{id}/members/{userId} (e.g. the UPN). */
  setMember(userId: string, member: { userPrincipalName?: string; email?: string; name?: string }): void;
  /** Files the bot uploaded after a FileConsentCard was accepted (as to the user's OneDrive), by name. */
  uploads: Map<string, Buffer>;
  /** The upload URL Teams would give for a file of this name (PUT stores it in `uploads`). */
  uploadUrl(name: string): string;
  /** Files served for attachment tests and the chat client's `:file`. */
  serveFile(name: string, content: Buffer): string;
  /** Resolves with the next activity matching `predicate` (already received ones count). */
  waitFor(predicate: (a: ReceivedActivity) => boolean, timeoutMs?: number): Promise<ReceivedActivity>;
  onActivity(listener: (a: ReceivedActivity) => void): void;
  close(): Promise<void>;
}

/** Starts the connector stand-in on a free loopback port (or `port`). */
export async function startConnectorServer(port = 0): Promise<ConnectorServer> {
  const received: ReceivedActivity[] = [];
  const files = new Map<string, Buffer>();
  const uploads = new Map<string, Buffer>();
  const memberLookups: string[] = [];
  const members = new Map<string, Record<string, unknown>>();
  const listeners: ((a: ReceivedActivity) => void)[] = [];
  const server = http.createServer((req, res) => {
    const url = req.url ?? '';
    if (req.method === 'GET' && url.startsWith('/files/')) {
      const file = files.get(decodeURIComponent(url.slice('/files/'.length)));
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.length });
      return void res.end(file);
    }
    if (req.method === 'PUT' && url.startsWith('/uploads/')) {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        uploads.set(decodeURIComponent(url.slice('/uploads/'.length)), Buffer.concat(chunks));
        res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
      });
      return;
    }
    const member = req.method === 'GET' ? url.match(/\/v3\/conversations\/[^/]+\/members\/([^/?]+)/) : null;
    if (member) {
      memberLookups.push(decodeURIComponent(member[1]));
      const found = members.get(decodeURIComponent(member[1]));
      if (!found) return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"NotFound"}}');
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ id: decodeURIComponent(member[1]), ...found }));
    }
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      // POST|PUT /v3/conversations/{conversationId}/activities[/{activityId}]
      const m = url.match(/\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/);
      if (!m) return void res.writeHead(404).end();
      let activity: ReceivedActivity['activity'];
      try {
        activity = JSON.parse(body || '{}');
      } catch {
        return void res.writeHead(400).end();
      }
      // Like Teams, every activity of one stream (streaminfo entity) is answered with the stream's id.
      const streamId = ((activity.entities as { type?: string; streamId?: string }[] | undefined) ?? []).find((e) => e.type === 'streaminfo')?.streamId;
      const id = req.method === 'PUT' && m[2] ? decodeURIComponent(m[2]) : (streamId ?? randomUUID());
      const item: ReceivedActivity = { id, conversationId: decodeURIComponent(m[1]), replyToId: m[2] && decodeURIComponent(m[2]), activity };
      received.push(item);
      for (const l of listeners) l(item);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id }));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  const serviceUrl = `http://127.0.0.1:${address.port}/`;
  return {
    serviceUrl,
    received,
    setMember(userId, info) {
      members.set(userId, info);
    },
    uploads,
    memberLookups,
    uploadUrl: (name) => `${serviceUrl}uploads/${encodeURIComponent(name)}`,
    serveFile(name, content) {
      files.set(name, content);
      return `${serviceUrl}files/${encodeURIComponent(name)}`;
    },
    waitFor(predicate, timeoutMs = 10000) {
      const found = received.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('timed out waiting for a bot activity')), timeoutMs);
        listeners.push((a) => {
          if (predicate(a)) {
            clearTimeout(timer);
            resolve(a);
          }
        });
      });
    },
    onActivity(listener) {
      listeners.push(listener);
    },
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
