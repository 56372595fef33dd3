import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '../config';
import { createZaloBotApi } from '../zalo/bot-api';

const USAGE = 'usage: zalo:webhook --url https://<public host>/api/zalo   (registers the webhook with ZALO_WEBHOOK_SECRET, then prints getWebhookInfo)';

/** Registers the Zalo Bot webhook (setWebhook with the secret token) and prints what the platform now has (getWebhookInfo). */
export async function runZaloWebhook(deps: { config: Config; argv: string[]; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  let url: string | undefined;
  try {
    ({ values: { url } } = parseArgs({ args: deps.argv, options: { url: { type: 'string' } } }));
    if (!url || !/^https?:\/\/\S+$/.test(url)) throw new Error('--url must be the public URL of POST /api/zalo');
  } catch (e) {
    deps.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const bot = deps.config.zalo.bot;
  if (!bot) {
    deps.stderr.write('ZALO_BOT_TOKEN and ZALO_WEBHOOK_SECRET must be set\n');
    return 2;
  }
  const api = createZaloBotApi({ baseUrl: bot.apiBaseUrl, token: bot.token, timeoutMs: deps.config.outbound.timeoutMs });
  try {
    await api.setWebhook(url, bot.webhookSecret);
    deps.stdout.write(`webhook set: ${url}\n`);
    deps.stdout.write(`${JSON.stringify(await api.getWebhookInfo(), null, 2)}\n`);
    return 0;
  } catch (e) {
    deps.stderr.write(`${(e as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) {
  runZaloWebhook({ config: loadConfig(), argv: process.argv.slice(2), stdout: process.stdout, stderr: process.stderr }).then((code) => process.exit(code));
}
