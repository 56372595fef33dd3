import { createAttachmentDownloader } from '../../../../src/bot/attachment-downloader';
import { createOutboundPolicy } from '../../../../src/net/outbound-policy';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { InboundAttachment } from '../../../../src/turns/types';

/** A local HTTP file endpoint standing in for Teams' downloadUrl. */
export interface FileServer {
  url(name: string): string;
  put(name: string, content: Buffer | string): void;
  hits: string[];
  close(): Promise<void>;
}

/** Starts the file endpoint on a free loopback port. */
export async function startFileServer(): Promise<FileServer> {
  const files = new Map<string, Buffer>();
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').slice(1));
    hits.push(name);
    const body = files.get(name);
    if (!body) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: (name) => `http://127.0.0.1:${port}/${encodeURIComponent(name)}`,
    put: (name, content) => files.set(name, Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')),
    hits,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** The bot's own downloader, in unauthenticated local mode (the file server is the local client's origin). */
export const downloadAttachment = createAttachmentDownloader({ policy: createOutboundPolicy({ authenticated: false, channelHosts: {} }), timeoutMs: 10_000 });

/** A Teams 1:1 file attachment (file.download.info) as the bot maps it. */
export function teamsFile(server: FileServer, name: string, size?: number): InboundAttachment {
  return { name, contentType: 'application/vnd.microsoft.teams.file.download.info', url: server.url(name), size, source: { channel: 'msteams', serviceUrl: new URL(server.url(name)).origin + '/' } };
}
