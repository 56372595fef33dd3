import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * Guards the admin API with `Authorization: Bearer <ADMIN_API_TOKEN>`. Unset token → 503 UNAVAILABLE (the admin API is
 * switched off, not merely refused); missing or wrong token → 401 UNAUTHORIZED. Compared in constant time over digests.
 */
export function createAdminAuth(opts: { token?: string }): RequestHandler {
  const expected = opts.token ? digest(opts.token) : undefined;
  return (req, res, next) => {
    if (!expected) {
      res.status(503).json({ error: { code: 'UNAVAILABLE', message: 'admin API disabled: ADMIN_API_TOKEN is not set' } });
      return;
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    if (!match || !timingSafeEqual(digest(match[1]), expected)) {
      res.set('WWW-Authenticate', 'Bearer realm="admin"').status(401).json({ error: { code: 'UNAUTHORIZED', message: 'missing or invalid admin token' } });
      return;
    }
    next();
  };
}
