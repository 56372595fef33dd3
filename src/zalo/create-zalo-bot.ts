import type { Router } from 'express';
import type { Config } from '../config';
import type { Logger } from '../core/logger';
import { createZaloBotApi } from './bot-api';
import { createZaloUpdateHandler, type ZaloUpdateDeps } from './zalo-update-handler';
import { createZaloWebhookRoute } from './webhook-route';

/** The Zalo Bot Platform channel: its API client, update handler and webhook route, on the shared turn handler. */
export function createZaloBot(settings: NonNullable<Config['zalo']['bot']>, deps: Omit<ZaloUpdateDeps, 'api' | 'botName'> & { timeoutMs: number; logger: Logger }): Router {
  const api = createZaloBotApi({ baseUrl: settings.apiBaseUrl, token: settings.token, timeoutMs: deps.timeoutMs });
  const handle = createZaloUpdateHandler({ ...deps, api, botName: settings.botName });
  return createZaloWebhookRoute({ secret: settings.webhookSecret, handle, logger: deps.logger });
}
