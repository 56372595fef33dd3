import type { RequestHandler } from 'express';

// Teams shows the console in a personal tab: its hosts may frame it; nobody else may.
const FRAME_ANCESTORS = "'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.office.com";

/**
 * Security headers of every console response: a strict Content-Security-Policy (our own scripts, styles and images
 * only: no inline script, no CDN), no MIME sniffing, no referrer to other sites ("no-referrer" would make browsers send Origin: null on our own forms), no caching of pages, HSTS over HTTPS.
 */
export function securityHeaders(opts: { https: boolean }): RequestHandler {
  const csp = [
    "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'",
    "object-src 'none'", "base-uri 'none'", "form-action 'self'", `frame-ancestors ${FRAME_ANCESTORS}`,
  ].join('; ');
  return (_req, res, next) => {
    res.set({
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
      'Cache-Control': 'no-store',
    });
    if (opts.https) res.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}
