import { AppError } from '../core/app-error';
import type { Logger } from '../core/logger';
import { OutboundRefused, OutboundTooLarge, safeFetch } from '../net/safe-fetch';
import type { OutboundPolicy } from '../net/outbound-policy';
import type { InboundAttachment } from '../turns/types';

export interface AttachmentDownloaderOptions {
  /** The host rule of the attachment's channel (TEAMS_FILE_HOSTS; the local client only, unauthenticated). */
  policy: OutboundPolicy;
  timeoutMs: number;
  logger?: Logger;
  /** DNS resolution (tests). */
  lookup?: Parameters<typeof safeFetch>[1]['lookup'];
}

/**
 * Downloads an attachment with a size limit. Files reach a bot in Teams as file.download.info, whose downloadUrl is
 * pre-authorised on the tenant's SharePoint, or inline as data: URLs; neither needs the bot's token. Only the channel's
 * own hosts are fetched, never a private address, with a timeout (see net/safe-fetch.ts).
 */
export function createAttachmentDownloader(opts: AttachmentDownloaderOptions) {
  return async (att: InboundAttachment, maxBytes: number): Promise<Buffer> => {
    if (att.size !== undefined && att.size > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', `attachment declares ${att.size} bytes`);
    if (!att.url) throw new AppError('BAD_REQUEST', 'attachment has no URL');
    if (att.url.startsWith('data:')) {
      const buf = Buffer.from(att.url.slice(att.url.indexOf(',') + 1), 'base64');
      if (buf.length > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', `attachment has ${buf.length} bytes`);
      return buf;
    }
    try {
      const res = await safeFetch(att.url, { rule: opts.policy(att.source), timeoutMs: opts.timeoutMs, maxBytes, lookup: opts.lookup });
      if (res.status < 200 || res.status >= 300) throw new AppError('UNAVAILABLE', `attachment download failed with HTTP ${res.status}`);
      return res.body;
    } catch (e) {
      if (e instanceof OutboundTooLarge) throw new AppError('PAYLOAD_TOO_LARGE', `attachment exceeds ${maxBytes} bytes`);
      // Only the reason is logged: the URL may carry a pre-authorised token.
      if (e instanceof OutboundRefused) opts.logger?.warn({ reason: e.reason, channel: att.source?.channel }, 'attachment URL refused');
      throw e;
    }
  };
}

export type AttachmentDownloader = ReturnType<typeof createAttachmentDownloader>;
