import { AppError } from '../core/app-error';
import type { InboundAttachment } from '../turns/types';

/** Downloads an attachment with a size limit; `token` supplies a bearer token for Bot Framework–protected URLs. */
export function createAttachmentDownloader(deps: { token?: () => Promise<string | undefined>; fetchImpl?: typeof fetch }) {
  const doFetch = deps.fetchImpl ?? fetch;
  return async (att: InboundAttachment, maxBytes: number): Promise<Buffer> => {
    if (att.size !== undefined && att.size > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', `attachment declares ${att.size} bytes`);
    if (!att.url) throw new AppError('BAD_REQUEST', 'attachment has no URL');
    if (att.url.startsWith('data:')) {
      const buf = Buffer.from(att.url.slice(att.url.indexOf(',') + 1), 'base64');
      if (buf.length > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', `attachment has ${buf.length} bytes`);
      return buf;
    }
    // Teams' downloadUrl of file.download.info is pre-authorised; other URLs get the bot's token when configured.
    const headers: Record<string, string> = {};
    const isTeamsFile = att.contentType === 'application/vnd.microsoft.teams.file.download.info';
    const bearer = isTeamsFile ? undefined : await deps.token?.();
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    const res = await doFetch(att.url, { headers });
    if (!res.ok || !res.body) throw new AppError('UNAVAILABLE', `attachment download failed with HTTP ${res.status}`);
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.length;
      if (total > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', `attachment exceeds ${maxBytes} bytes`);
      chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
  };
}

export type AttachmentDownloader = ReturnType<typeof createAttachmentDownloader>;
