import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';

/** Who a Teams single sign-on token names, or why it is refused. */
export type TeamsSsoResult = { kind: 'ok'; oid?: string; upn?: string } | { kind: 'invalid'; reason: string };

export interface TeamsSsoSettings {
  /** The Entra application the tab's token is issued for (the bot registration, MICROSOFT_APP_ID). */
  appId: string;
  tenantId: string;
  authorityHost: string;
}

type Jwk = JsonWebKey & { kid?: string };
const JWKS_TTL_MS = 3600_000;

/** Entra's signing keys for the tenant, fetched from its discovery document and kept for an hour. */
export function entraSigningKeys(s: Pick<TeamsSsoSettings, 'tenantId' | 'authorityHost'>): () => Promise<Jwk[]> {
  let cached: { at: number; keys: Jwk[] } | undefined;
  return async () => {
    if (cached && Date.now() - cached.at < JWKS_TTL_MS) return cached.keys;
    const res = await fetch(`${s.authorityHost}/${s.tenantId}/discovery/v2.0/keys`);
    if (!res.ok) throw new Error(`Entra keys: HTTP ${res.status}`);
    cached = { at: Date.now(), keys: ((await res.json()) as { keys: Jwk[] }).keys };
    return cached.keys;
  };
}

const part = (s: string) => JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Record<string, unknown>;

/**
 * Validates the token Teams gives the console's tab (getAuthToken): an RS256 JWT signed by one of Entra's keys, for our
 * application (its id or an api:// URI ending with it), issued by our tenant, within its lifetime (2 minutes of skew).
 */
export async function verifyTeamsToken(token: string, s: TeamsSsoSettings, keys: () => Promise<Jwk[]>, now: Date): Promise<TeamsSsoResult> {
  const pieces = token.split('.');
  if (pieces.length !== 3) return { kind: 'invalid', reason: 'malformed' };
  let header: Record<string, unknown>;
  let claims: Record<string, unknown>;
  try {
    header = part(pieces[0]);
    claims = part(pieces[1]);
  } catch {
    return { kind: 'invalid', reason: 'malformed' };
  }
  if (header.alg !== 'RS256') return { kind: 'invalid', reason: 'algorithm' };
  const jwk = (await keys()).find((k) => k.kid === header.kid);
  if (!jwk) return { kind: 'invalid', reason: 'unknown_key' };
  const signed = verify('RSA-SHA256', Buffer.from(`${pieces[0]}.${pieces[1]}`), createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(pieces[2], 'base64url'));
  if (!signed) return { kind: 'invalid', reason: 'signature' };
  const aud = String(claims.aud ?? '');
  if (aud !== s.appId && !(aud.startsWith('api://') && aud.endsWith(s.appId))) return { kind: 'invalid', reason: 'audience' };
  if (claims.tid !== s.tenantId) return { kind: 'invalid', reason: 'tenant' };
  const issuers = [`${s.authorityHost}/${s.tenantId}/v2.0`, `https://sts.windows.net/${s.tenantId}/`];
  if (!issuers.includes(String(claims.iss))) return { kind: 'invalid', reason: 'issuer' };
  const t = now.getTime() / 1000;
  if (typeof claims.exp !== 'number' || claims.exp < t - 120 || (typeof claims.nbf === 'number' && claims.nbf > t + 120)) return { kind: 'invalid', reason: 'expired' };
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  return { kind: 'ok', oid: str(claims.oid), upn: str(claims.preferred_username) ?? str(claims.upn) };
}
