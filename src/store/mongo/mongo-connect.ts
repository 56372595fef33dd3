import { MongoClient } from 'mongodb';
import { AppError } from '../../core/app-error';
import type { Logger } from '../../core/logger';

export interface MongoConnectOptions {
  uri: string;
  logger?: Logger;
  /** Connection attempts before giving up (default 6). */
  attempts?: number;
  /** First backoff delay; doubles each attempt, capped at 10 s (default 500 ms). */
  baseDelayMs?: number;
  /** How long one operation waits for a server (default 5 s), so an outage fails fast into the outbox. */
  serverSelectionTimeoutMS?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Connects and pings, retrying with exponential backoff; throws AppError UNAVAILABLE after the last attempt. */
export async function connectMongo(opts: MongoConnectOptions): Promise<MongoClient> {
  const attempts = opts.attempts ?? 6;
  const base = opts.baseDelayMs ?? 500;
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    const client = new MongoClient(opts.uri, {
      ignoreUndefined: true,
      serverSelectionTimeoutMS: opts.serverSelectionTimeoutMS ?? 5000,
      connectTimeoutMS: opts.serverSelectionTimeoutMS ?? 5000,
      appName: 'tro-ly-cong-vu',
    });
    try {
      await client.connect();
      await client.db('admin').command({ ping: 1 });
      return client;
    } catch (e) {
      lastError = e;
      await client.close().catch(() => undefined);
      const delay = Math.min(base * 2 ** i, 10_000);
      opts.logger?.warn({ attempt: i + 1, attempts, delayMs: delay, err: (e as Error).message }, 'mongodb: connection failed, retrying');
      if (i < attempts - 1) await sleep(delay);
    }
  }
  throw new AppError('UNAVAILABLE', `MongoDB unreachable after ${attempts} attempts: ${(lastError as Error)?.message ?? 'unknown error'}`);
}

/** True for a duplicate-key error (code 11000), as MongoDB and FerretDB report it. */
export function isDuplicateKey(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 11000;
}
