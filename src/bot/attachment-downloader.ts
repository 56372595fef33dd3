import { AppError } from '../core/app-error';
import { readLimited } from '../core/read-limited';
import type { InboundAttachment } from '../turns/types';

/**
 * Downloads an attachment with a size limit. Files reach a bot in Teams as file.download.info, whose
 * downloadUrl is pre-authorised, or inline as data: URLs; neither needs the bot's token.
 */
export function createAttachmentDownloader() {
  return async (att: InboundAttachment, maxBytes: number): Promise<Buffer> => {
    if (att.size !== undefined && att.size > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', `attachment declares ${att.size} bytes`);
    if (!att.url) throw new AppError('BAD_REQUEST', 'attachment has no URL');
    if (att.url.startsWith('data:')) {
      const buf = Buffer.from(att.url.slice(att.url.indexOf(',') + 1), 'base64');
      if (buf.length > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', `attachment has ${buf.length} bytes`);
      return buf;
    }
    const res = await fetch(att.url);
    if (!res.ok) throw new AppError('UNAVAILABLE', `attachment download failed with HTTP ${res.status}`);
    const body = await readLimited(res.body, maxBytes);
    if (!body) throw new AppError('PAYLOAD_TOO_LARGE', `attachment exceeds ${maxBytes} bytes`);
    return body;
  };
}

export type AttachmentDownloader = ReturnType<typeof createAttachmentDownloader>;
