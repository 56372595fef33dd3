import type { OutboundPolicy, ChannelSource } from '../net/outbound-policy';
import { safeFetch } from '../net/safe-fetch';
import type { OutboundFile } from '../turns/types';

/** Puts the file at the upload URL Teams gave (the user's OneDrive), for the conversation of `source`. */
export type FileUploader = (uploadUrl: string, file: OutboundFile, source: ChannelSource) => Promise<void>;

/**
 * The uploader of the file consent flow: the upload URL comes in the user's invoke, so it passes the same host rule
 * as attachments (the channel's own hosts, never a private address), with a timeout and no redirects.
 */
export function createFileUploader(opts: { policy: OutboundPolicy; timeoutMs: number; lookup?: Parameters<typeof safeFetch>[1]['lookup'] }): FileUploader {
  return async (uploadUrl, file, source) => {
    const n = file.content.length;
    const res = await safeFetch(uploadUrl, {
      rule: opts.policy(source),
      method: 'PUT',
      headers: { 'content-type': file.contentType, 'content-range': `bytes 0-${n - 1}/${n}`, 'content-length': String(n) },
      body: file.content,
      // Uploads of a biên bản take longer than a reply; the answer body is small.
      timeoutMs: Math.max(opts.timeoutMs, 60_000),
      maxBytes: 1_000_000,
      lookup: opts.lookup,
    });
    if (res.status < 200 || res.status >= 300) throw new Error(`upload refused: HTTP ${res.status}`);
  };
}
