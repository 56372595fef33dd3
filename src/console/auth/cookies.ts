import { createHmac, timingSafeEqual } from 'node:crypto';

/** The cookies of a request header, by name (first wins). */
export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const name = part.slice(0, i).trim();
    if (!name || out.has(name)) continue;
    try {
      out.set(name, decodeURIComponent(part.slice(i + 1).trim()));
    } catch {
      // A malformed value is ignored, as if absent.
    }
  }
  return out;
}

/** Options of a Set-Cookie header; path defaults to /console. */
export interface CookieOptions {
  maxAgeSeconds?: number;
  secure: boolean;
  sameSite: 'Strict' | 'Lax' | 'None';
  path?: string;
}

/** A Set-Cookie value: always HttpOnly; Secure when served over HTTPS (SameSite=None requires it). */
export function serializeCookie(name: string, value: string, o: CookieOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, `Path=${o.path ?? '/console'}`, 'HttpOnly', `SameSite=${o.sameSite}`];
  if (o.maxAgeSeconds !== undefined) parts.push(`Max-Age=${o.maxAgeSeconds}`);
  if (o.secure || o.sameSite === 'None') parts.push('Secure');
  return parts.join('; ');
}

/** `value.signature`: HMAC-SHA256 of the value, so a forged or altered cookie is refused before any store read. */
export function sign(value: string, secret: string): string {
  return `${value}.${createHmac('sha256', secret).update(value).digest('base64url')}`;
}

/** The value of a signed cookie, or undefined when the signature does not match. */
export function unsign(signed: string, secret: string): string | undefined {
  const i = signed.lastIndexOf('.');
  if (i <= 0) return undefined;
  const value = signed.slice(0, i);
  const expected = Buffer.from(sign(value, secret).slice(i + 1));
  const given = Buffer.from(signed.slice(i + 1));
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : undefined;
}
