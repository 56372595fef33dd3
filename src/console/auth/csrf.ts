import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { contextOf } from './console-auth';
import { parseCookies, serializeCookie } from './cookies';

export const CSRF_FIELD = '_csrf';
const LOGIN_COOKIE = 'tlcv_login_csrf';

const same = (a: string, b: string) => a.length === b.length && a.length > 0 && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** A request from another site: its Origin (or, lacking one, Referer) names a host other than ours. */
function crossSite(req: Request): boolean {
  const source = req.get('origin') ?? req.get('referer');
  if (!source || source === 'null') return source === 'null';
  try {
    return new URL(source).host !== req.get('host');
  } catch {
    return true;
  }
}

/** The token a form must send back: the field `_csrf` or the header X-CSRF-Token. */
const sent = (req: Request) => String((req.body as Record<string, unknown> | undefined)?.[CSRF_FIELD] ?? req.get('x-csrf-token') ?? '');

/**
 * After the session check: every state-changing request carries the session's anti-CSRF token (synchronizer token)
 * and comes from our own origin; otherwise 403 and nothing happens.
 */
export function requireCsrf(onRefused: RequestHandler): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    if (crossSite(req) || !same(sent(req), contextOf(res).session.csrf)) return onRefused(req, res, next);
    next();
  };
}

/** The sign-in form has no session yet: a double-submit cookie stands in for it. */
export const loginCsrf = {
  /** A fresh token for the form, set in a short-lived cookie. */
  issue(res: Parameters<RequestHandler>[1], secure: boolean): string {
    const token = randomBytes(24).toString('base64url');
    res.append('Set-Cookie', serializeCookie(LOGIN_COOKIE, token, { secure, sameSite: 'Strict', maxAgeSeconds: 3600 }));
    return token;
  },
  check(req: Request): boolean {
    return !crossSite(req) && same(sent(req), parseCookies(req.get('cookie')).get(LOGIN_COOKIE) ?? '');
  },
};
