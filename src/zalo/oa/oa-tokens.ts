import { AppError } from '../../core/app-error';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { StateRepository } from '../../store/types';

/** Refresh this long before the access token expires, so no call goes out with a token about to lapse. */
const REFRESH_MARGIN_MS = 5 * 60_000;
const STATE_KEY = 'zalo-oa/tokens';

interface Tokens {
  accessToken?: string;
  /** Epoch milliseconds. */
  expiresAt?: number;
  refreshToken: string;
}

/** The OA access token, refreshed with the refresh token before it expires (Zalo rotates the refresh token each time). */
export interface OaTokens {
  /** A valid access token; `force` refreshes even when the cached one looks valid (the API said it was not). */
  accessToken(force?: boolean): Promise<string>;
}

/**
 * Keeps the OA tokens in the store, so a restart (or another instance) uses the latest refresh token: Zalo's refresh
 * tokens are single-use, and the one in ZALO_OA_REFRESH_TOKEN only seeds the first refresh.
 */
export function createOaTokens(deps: { oauthBaseUrl: string; appId: string; appSecret: string; refreshToken: string; state: StateRepository; clock: Clock; timeoutMs: number; logger: Logger; fetch?: typeof fetch }): OaTokens {
  const doFetch = deps.fetch ?? fetch;
  let inFlight: Promise<string> | undefined;

  async function load(): Promise<Tokens> {
    const stored = (await deps.state.read([STATE_KEY]))[STATE_KEY] as Tokens | undefined;
    return stored?.refreshToken ? stored : { refreshToken: deps.refreshToken };
  }

  async function refresh(current: Tokens): Promise<string> {
    const res = await doFetch(`${deps.oauthBaseUrl}/v4/oa/access_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: deps.appSecret },
      body: new URLSearchParams({ refresh_token: current.refreshToken, app_id: deps.appId, grant_type: 'refresh_token' }).toString(),
      signal: AbortSignal.timeout(deps.timeoutMs),
    }).catch((err: Error) => {
      throw new AppError('UNAVAILABLE', `Zalo OA token refresh failed: ${err.name}`);
    });
    const body = (await res.json().catch(() => ({}))) as { access_token?: string; refresh_token?: string; expires_in?: string | number; error?: number; error_name?: string };
    if (!res.ok || !body.access_token) throw new AppError('UNAVAILABLE', `Zalo OA token refresh refused: ${res.status} ${body.error ?? ''} ${body.error_name ?? ''}`.trim());
    const next: Tokens = {
      accessToken: body.access_token,
      expiresAt: deps.clock.now().getTime() + Number(body.expires_in ?? 3600) * 1000,
      refreshToken: body.refresh_token ?? current.refreshToken,
    };
    await deps.state.write({ [STATE_KEY]: next });
    deps.logger.info({ expiresAt: new Date(next.expiresAt!).toISOString() }, 'zalo oa: access token refreshed');
    return body.access_token;
  }

  return {
    async accessToken(force = false) {
      const current = await load();
      const fresh = current.accessToken && current.expiresAt && current.expiresAt - deps.clock.now().getTime() > REFRESH_MARGIN_MS;
      if (fresh && !force) return current.accessToken!;
      // One refresh at a time on this instance: a used refresh token cannot be used again.
      inFlight ??= refresh(current).finally(() => { inFlight = undefined; });
      return inFlight;
    },
  };
}
