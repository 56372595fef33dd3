import { createHash, randomBytes } from 'node:crypto';
import { ConfidentialClientApplication, CryptoProvider, type INetworkModule } from '@azure/msal-node';
import type { Clock } from '../../core/clock';
import type { StateRepository } from '../../store/types';

/** The console's Entra application (Config.console.entra) and where Entra sends the browser back. */
export interface EntraSettings {
  clientId: string;
  clientSecret: string;
  tenantId: string;
  authorityHost: string;
  redirectUri: string;
}

/** Who Entra signed in: the object id and UPN to find the provisioned account by. */
export type EntraOutcome =
  | { kind: 'ok'; oid?: string; upn?: string; returnTo: string }
  | { kind: 'failed'; reason: 'no_pending' | 'state_mismatch' | 'entra_error' | 'token_error' | 'nonce_mismatch' | 'wrong_tenant' };

interface Pending {
  verifier: string;
  state: string;
  nonce: string;
  returnTo: string;
  at: number;
}

const PENDING_MS = 10 * 60_000;
const SCOPES = ['openid', 'profile'];
const pendingKey = (id: string) => `console/oidc/${createHash('sha256').update(id).digest('hex')}`;

/**
 * OpenID Connect sign-in with Entra ID through msal-node: the authorisation code flow with PKCE, state and nonce. The
 * pending sign-in is kept in the store (any instance finishes it) under a random id the browser holds in a cookie.
 * `network` replaces msal's HTTP client (tests). The ID token comes straight from the token endpoint over TLS with the client secret, so its claims are trusted as sent.
 */
export function createEntraLogin(deps: { settings: EntraSettings; state: StateRepository; clock: Clock; network?: INetworkModule }) {
  const s = deps.settings;
  const msal = new ConfidentialClientApplication({
    auth: { clientId: s.clientId, clientSecret: s.clientSecret, authority: `${s.authorityHost}/${s.tenantId}` },
    system: deps.network ? { networkClient: deps.network } : undefined,
  });
  const crypto = new CryptoProvider();

  return {
    /** Starts a sign-in: returns the Entra URL to send the browser to and the pending id for its cookie. */
    async begin(returnTo: string): Promise<{ url: string; pendingId: string }> {
      const { verifier, challenge } = await crypto.generatePkceCodes();
      const pendingId = randomBytes(24).toString('base64url');
      const pending: Pending = { verifier, state: randomBytes(16).toString('base64url'), nonce: randomBytes(16).toString('base64url'), returnTo, at: deps.clock.now().getTime() };
      await deps.state.write({ [pendingKey(pendingId)]: pending });
      const url = await msal.getAuthCodeUrl({
        scopes: SCOPES, redirectUri: s.redirectUri, codeChallenge: challenge, codeChallengeMethod: 'S256',
        state: pending.state, nonce: pending.nonce, responseMode: 'query', prompt: 'select_account',
      });
      return { url, pendingId };
    },

    /** Finishes a sign-in from the callback's query; the pending record is used once. */
    async finish(pendingId: string | undefined, query: { code?: string; state?: string; error?: string }): Promise<EntraOutcome> {
      if (!pendingId) return { kind: 'failed', reason: 'no_pending' };
      const key = pendingKey(pendingId);
      const pending = (await deps.state.read([key]))[key] as Pending | undefined;
      await deps.state.delete([key]);
      if (!pending || deps.clock.now().getTime() - pending.at > PENDING_MS) return { kind: 'failed', reason: 'no_pending' };
      if (!query.state || query.state !== pending.state) return { kind: 'failed', reason: 'state_mismatch' };
      if (query.error || !query.code) return { kind: 'failed', reason: 'entra_error' };
      let claims: Record<string, unknown>;
      try {
        const result = await msal.acquireTokenByCode({ code: query.code, scopes: SCOPES, redirectUri: s.redirectUri, codeVerifier: pending.verifier });
        claims = (result?.idTokenClaims ?? {}) as Record<string, unknown>;
      } catch {
        return { kind: 'failed', reason: 'token_error' };
      }
      if (claims.nonce !== pending.nonce) return { kind: 'failed', reason: 'nonce_mismatch' };
      if (claims.tid !== s.tenantId) return { kind: 'failed', reason: 'wrong_tenant' };
      const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
      return { kind: 'ok', oid: str(claims.oid), upn: str(claims.preferred_username) ?? str(claims.upn), returnTo: pending.returnTo };
    },
  };
}

export type EntraLogin = ReturnType<typeof createEntraLogin>;
