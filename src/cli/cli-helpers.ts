import { parseArgs } from 'node:util';
import type { z } from 'zod';
import type { Config } from '../config';
import { describeIssues } from '../http/export-query';
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

/**
 * Parses string options (`--name value`) and validates them with `schema`; on a bad argument writes the reason and
 * the usage to `stderr` and returns undefined (the tool then exits with 2).
 */
export function parseCliOptions<S extends z.ZodTypeAny>(argv: string[], names: string[], schema: S, usage: string, stderr: NodeJS.WritableStream): z.output<S> | undefined {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options: Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])) }) as { values: Record<string, string | undefined> });
  } catch (e) {
    stderr.write(`${(e as Error).message}\n${usage}\n`);
    return undefined;
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    stderr.write(`invalid arguments: ${describeIssues(parsed.error)}\n${usage}\n`);
    return undefined;
  }
  return parsed.data as z.output<S>;
}
