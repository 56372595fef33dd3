import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '../../../../src/core/app-error';
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

/** A downloadAttachment like the bot's: streams the URL and rejects beyond maxBytes with PAYLOAD_TOO_LARGE. */
export async function downloadAttachment(att: InboundAttachment, maxBytes: number): Promise<Buffer> {
  if (!att.url) throw new AppError('BAD_REQUEST', 'attachment has no url');
  const res = await fetch(att.url);
  if (!res.ok || !res.body) throw new AppError('UNAVAILABLE', `download failed: ${res.status}`);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', `attachment exceeds ${maxBytes} bytes`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** A Teams 1:1 file attachment (file.download.info) as the bot maps it. */
export function teamsFile(server: FileServer, name: string, size?: number): InboundAttachment {
  return { name, contentType: 'application/vnd.microsoft.teams.file.download.info', url: server.url(name), size };
}
