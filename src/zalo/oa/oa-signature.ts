import { createHash, timingSafeEqual } from 'node:crypto';

/** The signature Zalo puts in X-ZEvent-Signature: "mac=" + SHA-256 (hex) of app id + raw body + timestamp + OA secret key. */
export function oaSignature(appId: string, rawBody: string, timestamp: string, oaSecretKey: string): string {
  return createHash('sha256').update(`${appId}${rawBody}${timestamp}${oaSecretKey}`).digest('hex');
}

/** True when the header carries the signature of this body (with or without the "mac=" prefix), compared in constant time. */
export function verifyOaSignature(header: string | undefined, opts: { appId: string; rawBody: string; timestamp: string; oaSecretKey: string }): boolean {
  const given = /^(?:mac=)?([0-9a-f]{64})$/i.exec((header ?? '').trim())?.[1]?.toLowerCase();
  if (!given) return false;
  const expected = oaSignature(opts.appId, opts.rawBody, opts.timestamp, opts.oaSecretKey);
  return timingSafeEqual(Buffer.from(given, 'hex'), Buffer.from(expected, 'hex'));
}
