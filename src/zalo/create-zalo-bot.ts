import type { Router } from 'express';
import type { Config } from '../config';
import { createZaloBotApi } from './bot-api';
import { createZaloMessageHandler, type ZaloHandlerDeps } from './zalo-message-handler';
import { createZaloWebhookRoute } from './webhook-route';

/** What the Zalo channels share with Teams: the turn handler, access check, feedback, links, limits and the store. */
export type SharedChannelDeps = Omit<ZaloHandlerDeps, 'channel' | 'out' | 'botName'> & { timeoutMs: number };

/** The Zalo Bot Platform channel: its API client, message handler and webhook route, on the shared turn handler. */
export function createZaloBot(settings: NonNullable<Config['zalo']['bot']>, deps: SharedChannelDeps): Router {
  const api = createZaloBotApi({ baseUrl: settings.apiBaseUrl, token: settings.token, timeoutMs: deps.timeoutMs });
  const handle = createZaloMessageHandler({
    ...deps,
    channel: 'zalo',
    botName: settings.botName,
    out: {
      sendText: async (chatId, text) => (await api.sendMessage(chatId, text))?.message_id,
      typing: (chatId) => api.sendChatAction(chatId, 'typing'),
    },
  });
  return createZaloWebhookRoute({ secret: settings.webhookSecret, handle, logger: deps.logger });
}
