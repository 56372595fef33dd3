import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config';
import type { Logger } from '../core/logger';
import { keepEntityProperties } from './keep-entity-properties';
import { reuseServiceClients } from './reuse-service-clients';

/**
 * Creates the Bot Framework adapter. With no app id, requests are not authenticated
 * (local use and tests, like the Bot Framework Emulator); with one, tokens are validated.
 */
export function createAdapter(bot: Config['bot'], logger: Logger): TeamsAdapter {
  keepEntityProperties();
  const credentials = {
    MicrosoftAppId: bot.appId ?? '',
    MicrosoftAppPassword: bot.appPassword ?? '',
    // Without an app id the factory must be MultiTenant with empty credentials: authentication is then disabled.
    MicrosoftAppType: bot.appId ? bot.appType : 'MultiTenant',
    MicrosoftAppTenantId: bot.tenantId ?? '',
  };
  const adapter = new ReusingTeamsAdapter({}, new ConfigurationServiceClientCredentialFactory(credentials));
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error.message, activityType: context.activity.type }, 'unhandled turn error');
  };
  return adapter;
}

/** The Teams adapter with its connector clients reused across turns (see reuse-service-clients.ts). */
class ReusingTeamsAdapter extends TeamsAdapter {
  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    reuseServiceClients(this.botFrameworkAuthentication);
  }
}
