import { CallerIdConstants, ConfigurationServiceClientCredentialFactory, type Activity } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config';
import type { Logger } from '../core/logger';
import { keepEntityProperties } from './keep-entity-properties';
import { reuseServiceClients } from './reuse-service-clients';
import { addRequestTimeout } from './connector-timeout';

/** Outbound limits of the adapter (Config.outbound). */
export interface AdapterOptions {
  /** Timeout of each call to the channel's connector (replies, typing, proactive messages). */
  timeoutMs?: number;
}

/**
 * Creates the Bot Framework adapter. With no app id, requests are not authenticated
 * (local use and tests, like the Bot Framework Emulator); with one, tokens are validated.
 */
export function createAdapter(bot: Config['bot'], logger: Logger, opts: AdapterOptions = {}): BotAdapter {
  keepEntityProperties();
  const credentials = {
    MicrosoftAppId: bot.appId ?? '',
    MicrosoftAppPassword: bot.appPassword ?? '',
    // Without an app id the factory must be MultiTenant with empty credentials: authentication is then disabled.
    MicrosoftAppType: bot.appId ? bot.appType : 'MultiTenant',
    MicrosoftAppTenantId: bot.tenantId ?? '',
  };
  // Tests point token validation at their own metadata; production uses the Bot Framework's public cloud defaults.
  const authConfig = bot.openIdMetadataUrl ? publicCloudWithMetadata(bot.openIdMetadataUrl) : {};
  const adapter = new BotAdapter(authConfig, new ConfigurationServiceClientCredentialFactory(credentials));
  adapter.timeoutMs = opts.timeoutMs ?? 15_000;
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error.message, activityType: context.activity.type }, 'unhandled turn error');
  };
  return adapter;
}

/** The public cloud's settings with another signing-key source: botbuilder takes all of them once any is given. */
function publicCloudWithMetadata(url: string) {
  return {
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    OAuthUrl: 'https://api.botframework.com',
    ToBotFromChannelOpenIdMetadataUrl: url,
    ToBotFromEmulatorOpenIdMetadataUrl: url,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ValidateAuthority: true,
  };
}

/** The result of authenticating an inbound request, handed back to `processAuthenticated`. */
export type AuthenticatedRequest = Awaited<ReturnType<BotAdapter['authenticate']>>;

/**
 * The Teams adapter with its connector clients reused across turns (see reuse-service-clients.ts), and the two halves
 * of `process` apart: authentication first (its failures are the caller's 401), then the turn.
 */
export class BotAdapter extends TeamsAdapter {
  /** Timeout of each call to the channel's connector. */
  timeoutMs = 15_000;

  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    reuseServiceClients(this.botFrameworkAuthentication, { prepare: (client) => addRequestTimeout(client, this.timeoutMs) });
  }

  /** Validates the request's token (a no-op result in unauthenticated mode); rejects when it cannot be trusted. */
  authenticate(activity: Partial<Activity>, authHeader: string) {
    return this.botFrameworkAuthentication.authenticateRequest(activity as Activity, authHeader);
  }

  /** Runs the turn of an authenticated request; resolves with the invoke response, if any. */
  processAuthenticated(auth: AuthenticatedRequest, activity: Partial<Activity>, logic: Parameters<TeamsAdapter['processActivityDirect']>[2]) {
    return this.processActivity(auth, activity as Activity, logic);
  }
}
