import { ConfigError, loadConfig } from './config';
import { createLogger } from './core/logger';
import { listeningMessage } from './http/listen-address';
import { createRuntime } from './runtime';

/** Entry point: load config, build the runtime, listen, shut down cleanly on SIGTERM/SIGINT. */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const runtime = await createRuntime(config, { logger });
  const address = await runtime.start();
  logger.info({ bound: address.bound, url: address.url }, listeningMessage(address));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight turns');
    await runtime.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  console.error(`Start-up failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
