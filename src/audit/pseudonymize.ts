import { createHmac } from 'node:crypto';

// Actors that are not people keep their name in exports.
const SYSTEM_ACTORS = new Set(['system', 'admin-api']);

/** Maps a user id to its export form: HMAC-SHA256(id, salt) truncated to 16 hex characters, or the id itself when real ids are allowed. */
export function createPseudonymizer(opts: { salt: string; realUserIds?: boolean }): (userId: string | undefined) => string {
  return (userId) => {
    if (!userId) return '';
    if (opts.realUserIds || SYSTEM_ACTORS.has(userId)) return userId;
    return createHmac('sha256', opts.salt).update(userId).digest('hex').slice(0, 16);
  };
}
