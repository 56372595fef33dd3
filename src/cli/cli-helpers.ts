import type { Config } from '../config';
import { createStore, type Store } from '../store';

/**
 * Runs `fn` on the configured store opened read-only (the running service owns the embedded store's files), and
 * closes it whatever happens.
 */
export async function withReadOnlyStore<T>(config: Config, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await createStore({ mongo: config.mongo, dataDir: config.dataDir, readOnly: true });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** The entry point of a command-line tool: exits with the code `run` resolves to, or prints `what failed: …` and exits with `failCode`. */
export function runAsMain(run: () => Promise<number>, what: string, failCode = 1): void {
  run()
    .then((code) => process.exit(code))
    .catch((e: Error) => {
      process.stderr.write(`${what} failed: ${e.message}\n`);
      process.exit(failCode);
    });
}
