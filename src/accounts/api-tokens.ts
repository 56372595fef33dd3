import { createHash, randomBytes } from 'node:crypto';
import type { StateRepository } from '../store/types';

/** A per-person admin API token as stored: only its SHA-256 hash, never the token itself. */
export interface ApiTokenRecord {
  userId: string;
  tokenHash: string;
  createdAt: Date;
  /** The actor who issued it. */
  createdBy: string;
}

/** Storage of per-person admin API tokens (one live token per person). */
export interface ApiTokenRepository {
  /** Stores `record` as the person's only token, replacing any earlier one. */
  replace(record: ApiTokenRecord): Promise<void>;
  findByHash(tokenHash: string): Promise<ApiTokenRecord | undefined>;
  /** True when the person had a token. */
  revoke(userId: string): Promise<boolean>;
}

/** SHA-256 hex of a token: tokens are 256-bit random, so a plain hash is enough to make a stolen table useless. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new random token, recognisable by its prefix in secret scanners. */
export function newToken(): string {
  return `tlcv_${randomBytes(32).toString('base64url')}`;
}

const byHash = (hash: string) => `accounts/api-token/${hash}`;
const byUser = (userId: string) => `accounts/api-token-user/${userId}`;

/** Token storage on the store's key-value state (shared by every instance), so no new collection is needed. */
export function createStateTokenRepository(state: StateRepository): ApiTokenRepository {
  const read = async (key: string) => (await state.read([key]))[key] as Record<string, unknown> | undefined;
  return {
    async replace(record) {
      const old = await read(byUser(record.userId));
      if (typeof old?.tokenHash === 'string') await state.delete([byHash(old.tokenHash)]);
      const doc = { ...record, createdAt: record.createdAt.toISOString() };
      await state.write({ [byHash(record.tokenHash)]: doc, [byUser(record.userId)]: doc });
    },
    async findByHash(tokenHash) {
      const doc = await read(byHash(tokenHash));
      if (!doc || typeof doc.userId !== 'string') return undefined;
      return { userId: doc.userId, tokenHash, createdAt: new Date(String(doc.createdAt)), createdBy: String(doc.createdBy) };
    },
    async revoke(userId) {
      const old = await read(byUser(userId));
      if (typeof old?.tokenHash !== 'string') return false;
      await state.delete([byHash(old.tokenHash), byUser(userId)]);
      return true;
    },
  };
}
