import type { Router } from 'express';
import type { Config } from '../../config';
import type { Clock } from '../../core/clock';
import type { StateRepository } from '../../store/types';
import type { SharedChannelDeps } from '../create-zalo-bot';
import { createZaloMessageHandler } from '../zalo-message-handler';
import { createOaMessenger } from './oa-api';
import { createOaTokens } from './oa-tokens';
import { createOaWebhookRoute } from './oa-webhook-route';

/** The Zalo Official Account channel (OA API v3): signed webhook, consultation messages, refreshed access token. */
export function createZaloOa(settings: NonNullable<Config['zalo']['oa']>, deps: SharedChannelDeps & { state: StateRepository; clock: Clock; botName: string }): Router {
  const tokens = createOaTokens({ ...settings, state: deps.state, clock: deps.clock, timeoutMs: deps.timeoutMs, logger: deps.logger });
  const messenger = createOaMessenger({ apiBaseUrl: settings.apiBaseUrl, tokens, timeoutMs: deps.timeoutMs });
  const handle = createZaloMessageHandler({ ...deps, channel: 'zalo-oa', out: { sendText: (chatId, text) => messenger.sendText(chatId, text) } });
  return createOaWebhookRoute({ appId: settings.appId, oaSecretKey: settings.secretKey, handle, logger: deps.logger });
}
