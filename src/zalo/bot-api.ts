import { AppError } from '../core/app-error';

/** A Zalo Bot API call's answer: `{ok, result}` or `{ok: false, error_code, description}`. */
interface ApiAnswer<T> {
  ok: boolean;
  result?: T;
  error_code?: number;
  description?: string;
}

/** The Zalo Bot Platform methods the assistant uses (https://bot.zaloplatforms.com/docs). */
export interface ZaloBotApi {
  sendMessage(chatId: string, text: string): Promise<{ message_id?: string }>;
  sendChatAction(chatId: string, action: 'typing'): Promise<void>;
  setWebhook(url: string, secretToken: string): Promise<unknown>;
  getWebhookInfo(): Promise<unknown>;
  getMe(): Promise<{ id?: string; account_name?: string; display_name?: string }>;
}

/** Creates the client: `POST {baseUrl}/bot{token}/{method}` with a JSON body, as the platform documents it. */
export function createZaloBotApi(opts: { baseUrl: string; token: string; timeoutMs: number; fetch?: typeof fetch }): ZaloBotApi {
  const doFetch = opts.fetch ?? fetch;
  async function call<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    let res: Response;
    try {
      res = await doFetch(`${opts.baseUrl}/bot${opts.token}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(params),
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
    } catch (err) {
      // The URL holds the token: only the method and the error's name are told.
      throw new AppError('UNAVAILABLE', `Zalo Bot API ${method} failed: ${(err as Error).name}`);
    }
    const answer = (await res.json().catch(() => ({ ok: false }))) as ApiAnswer<T>;
    if (!res.ok || !answer.ok) throw new AppError('UNAVAILABLE', `Zalo Bot API ${method} refused: ${res.status} ${answer.error_code ?? ''} ${answer.description ?? ''}`.trim());
    return answer.result as T;
  }
  return {
    sendMessage: (chatId, text) => call('sendMessage', { chat_id: chatId, text }),
    sendChatAction: async (chatId, action) => { await call('sendChatAction', { chat_id: chatId, action }); },
    setWebhook: (url, secretToken) => call('setWebhook', { url, secret_token: secretToken }),
    getWebhookInfo: () => call('getWebhookInfo'),
    getMe: () => call('getMe'),
  };
}
