import { AppError } from '../../core/app-error';
import type { OaTokens } from './oa-tokens';

/** Zalo's code for an invalid or expired access token. */
const INVALID_TOKEN = -216;

/** Sends consultation ("tư vấn") messages through the OA API v3: `POST /v3.0/oa/message/cs`. */
export function createOaMessenger(deps: { apiBaseUrl: string; tokens: OaTokens; timeoutMs: number; fetch?: typeof fetch }) {
  const doFetch = deps.fetch ?? fetch;
  async function post(userId: string, text: string, token: string) {
    const res = await doFetch(`${deps.apiBaseUrl}/v3.0/oa/message/cs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', access_token: token },
      body: JSON.stringify({ recipient: { user_id: userId }, message: { text } }),
      signal: AbortSignal.timeout(deps.timeoutMs),
    }).catch((err: Error) => {
      throw new AppError('UNAVAILABLE', `Zalo OA message failed: ${err.name}`);
    });
    return (await res.json().catch(() => ({ error: res.status }))) as { error?: number; message?: string; data?: { message_id?: string } };
  }
  return {
    /** Sends one text; an access token the API refuses is refreshed once and the message sent again. */
    async sendText(userId: string, text: string): Promise<string | undefined> {
      let answer = await post(userId, text, await deps.tokens.accessToken());
      if (answer.error === INVALID_TOKEN) answer = await post(userId, text, await deps.tokens.accessToken(true));
      if (answer.error) throw new AppError('UNAVAILABLE', `Zalo OA message refused: ${answer.error} ${answer.message ?? ''}`.trim());
      return answer.data?.message_id;
    },
  };
}
