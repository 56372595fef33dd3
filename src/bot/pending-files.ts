import { randomUUID } from 'node:crypto';
import type { ExpiringRepository } from '../store/types';
import type { OutboundFile } from '../turns/types';

/** Files offered and not yet accepted or declined, by upload id. */
export interface PendingFiles {
  offer(userId: string, file: OutboundFile): Promise<string>;
  /** The file offered to `userId` under this id (removed), or undefined when unknown, expired or someone else's. */
  take(uploadId: string, userId: string): Promise<OutboundFile | undefined>;
}

const NAMESPACE = 'file-offer';
type Stored = { userId: string; name: string; contentType: string; base64: string };

/**
 * Offered files kept in the store's expiring values for `ttlMs` (default 30 min), so the user's consent may reach any
 * instance. A file is given once, and only to the person it was offered to.
 */
export function createPendingFiles(opts: { expiring: ExpiringRepository; ttlMs?: number }): PendingFiles {
  const ttl = opts.ttlMs ?? 30 * 60_000;
  return {
    async offer(userId, file) {
      const id = randomUUID();
      const stored: Stored = { userId, name: file.name, contentType: file.contentType, base64: file.content.toString('base64') };
      await opts.expiring.put(NAMESPACE, id, stored, ttl);
      return id;
    },
    async take(uploadId, userId) {
      const seen = await opts.expiring.get<Stored>(NAMESPACE, uploadId);
      if (!seen || seen.userId !== userId) return undefined;
      const taken = await opts.expiring.take<Stored>(NAMESPACE, uploadId);
      return taken ? { name: taken.name, contentType: taken.contentType, content: Buffer.from(taken.base64, 'base64') } : undefined;
    },
  };
}
