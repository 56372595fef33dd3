import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../../core/logger';
import { replaceFileAtomically, syncFolder } from '../atomic-file';
import { parseWithDates, stringifyWithDates } from '../json-dates';
import { createSerial } from '../../core/serial';

/** What happened to a submitted item: stored now, or safely on disk to be stored when the database is back. */
export type SubmitOutcome<R> = { kind: 'written'; result: R } | { kind: 'queued' } | { kind: 'set_aside' };

export interface DurableWriter<T, R> {
  /** Writes now when nothing is waiting; otherwise (or when the write fails) appends to the outbox with fsync first. */
  submit(item: T): Promise<SubmitOutcome<R>>;
  /** Delivers waiting items in order until one fails; resolves to the number still waiting. */
  drain(): Promise<number>;
  pending(): number;
  /** Stops the retry timer and closes the file; waiting items stay on disk for the next start. */
  close(): Promise<void>;
}

export interface DurableWriterOptions<T, R> {
  /** The outbox folder, e.g. `<dataDir>/outbox`. */
  dir: string;
  /** File name stem: `<dir>/<name>.jsonl`. */
  name: string;
  /** The real write; must be idempotent (items carry ids) since a crash mid-drain re-delivers. */
  write(item: T): Promise<R>;
  logger?: Logger;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** True for an error retrying cannot fix (the database answered and refused); such items go to `<name>.dead.jsonl`. */
  isPermanent?: (e: unknown) => boolean;
}

/** Default: the server answered with an error (MongoServerError), or the item is malformed; network and disk errors are transient. */
export function isPermanentError(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name;
  return name === 'MongoServerError' || name === 'MongoInvalidArgumentError' || e instanceof TypeError || e instanceof RangeError;
}

/** An outbox in front of a repository: acknowledged items are never lost to a brief database outage. */
export async function createDurableWriter<T, R>(opts: DurableWriterOptions<T, R>): Promise<DurableWriter<T, R>> {
  await fs.promises.mkdir(opts.dir, { recursive: true });
  const file = path.join(opts.dir, `${opts.name}.jsonl`);
  const deadFile = path.join(opts.dir, `${opts.name}.dead.jsonl`);
  const isPermanent = opts.isPermanent ?? isPermanentError;
  const base = opts.baseDelayMs ?? 250;
  const max = opts.maxDelayMs ?? 30_000;
  const queue: T[] = [];
  // A crash mid-append leaves a last line without its newline: the file is rewritten before any new append joins onto it.
  let torn = false;
  if (fs.existsSync(file)) {
    const text = await fs.promises.readFile(file, 'utf8');
    torn = text.length > 0 && !text.endsWith('\n');
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        queue.push(parseWithDates<T>(line));
      } catch {
        torn = true;
        opts.logger?.warn({ outbox: opts.name }, 'outbox: skipped a torn line');
      }
    }
  }
  let handle: fs.promises.FileHandle | undefined;
  const locked = createSerial();
  let draining: Promise<number> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let failures = 0;
  let closed = false;

  const append = (item: T) =>
    locked(async () => {
      if (!handle) {
        const created = !fs.existsSync(file);
        handle = await fs.promises.open(file, 'a');
        // A new file's folder entry must reach the disk too, or an acknowledged item could vanish with it.
        if (created) await syncFolder(opts.dir);
      }
      await handle.write(stringifyWithDates(item) + '\n');
      await handle.datasync();
      queue.push(item);
    });
  // Rewrites the file to hold exactly what is still waiting (empty after a full drain).
  const rewrite = () =>
    locked(async () => {
      if (handle) await handle.close();
      handle = undefined;
      await replaceFileAtomically(file, queue.map((i) => stringifyWithDates(i) + '\n').join(''));
    });
  // Kept on disk for an operator rather than blocking everything behind it or being dropped.
  const deadLetter = async (item: T, e: unknown) => {
    await fs.promises.appendFile(deadFile, stringifyWithDates(item) + '\n');
    opts.logger?.error({ outbox: opts.name, err: (e as Error).message, file: deadFile }, 'outbox: item refused by the database, set aside');
  };
  const schedule = () => {
    if (closed || timer || queue.length === 0) return;
    const delay = Math.min(base * 2 ** Math.min(failures, 16), max);
    timer = setTimeout(() => {
      timer = undefined;
      drain().catch((e: Error) => {
        opts.logger?.error({ outbox: opts.name, err: e.message }, 'outbox: drain failed');
        schedule();
      });
    }, delay);
    timer.unref();
  };
  const drainOnce = async (): Promise<number> => {
    let delivered = 0;
    while (queue.length > 0) {
      try {
        await opts.write(queue[0]);
      } catch (e) {
        if (isPermanent(e)) {
          await deadLetter(queue[0], e);
          queue.shift();
          delivered++;
          continue;
        }
        failures++;
        opts.logger?.warn({ outbox: opts.name, waiting: queue.length, failures, err: (e as Error).message }, 'outbox: delivery failed, will retry');
        break;
      }
      queue.shift();
      delivered++;
      failures = 0;
    }
    if (delivered > 0) {
      await rewrite();
      opts.logger?.info({ outbox: opts.name, delivered, waiting: queue.length }, 'outbox: delivered');
    }
    schedule();
    return queue.length;
  };
  const drain = (): Promise<number> => (draining ??= drainOnce().finally(() => (draining = undefined)));

  if (torn) await rewrite();
  if (queue.length > 0) schedule();
  return {
    submit: async (item) => {
      if (queue.length === 0 && !draining) {
        try {
          return { kind: 'written', result: await opts.write(item) };
        } catch (e) {
          if (isPermanent(e)) {
            await deadLetter(item, e);
            return { kind: 'set_aside' };
          }
          opts.logger?.warn({ outbox: opts.name, err: (e as Error).message }, 'outbox: write failed, queued for retry');
        }
      }
      await append(item);
      schedule();
      return { kind: 'queued' };
    },
    drain,
    pending: () => queue.length,
    close: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await draining?.catch(() => undefined);
      await locked(async () => {
        if (handle) await handle.close();
        handle = undefined;
      });
    },
  };
}
