import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../../core/logger';
import { replaceFileAtomically } from '../atomic-file';
import { parseWithDates, stringifyWithDates } from '../json-dates';
import { createSerial } from '../../core/serial';

/** One line of a collection file: a put of a whole document, or a deletion. */
type Entry<T> = { k: string; d: T } | { k: string; del: true };

/** A persistent keyed collection: append-only JSON Lines on disk, every document in memory. */
export interface JsonlCollection<T> {
  get(key: string): T | undefined;
  has(key: string): boolean;
  /** Live documents in first-insertion order (copies). */
  values(): T[];
  /** Copies of the live documents matching `pred` (only matches are copied). */
  filter(pred: (doc: Readonly<T>) => boolean): T[];
  /** Copies of the first `limit` live documents matching `pred` in `compare` order, without copying the others (paging). */
  select(pred: (doc: Readonly<T>) => boolean, compare: (a: Readonly<T>, b: Readonly<T>) => number, limit: number): T[];
  /** A copy of the first live document matching `pred`. */
  find(pred: (doc: Readonly<T>) => boolean): T | undefined;
  size(): number;
  /** Keys of the live documents whose document matches `pred` (nothing copied). */
  keysWhere(pred: (doc: Readonly<T>) => boolean): string[];
  put(key: string, doc: T): Promise<void>;
  delete(keys: string[]): Promise<number>;
  /** Rewrites the file with live documents only (temp file + fsync + rename). */
  compact(): Promise<void>;
  close(): Promise<void>;
}

/** Opens (or creates) `<dir>/<name>.jsonl`, replaying it; a torn last line from a crash is skipped and compacted away. */
export async function openJsonlCollection<T>(opts: { dir: string; name: string; logger?: Logger; compactAfter?: number; readOnly?: boolean }): Promise<JsonlCollection<T>> {
  const file = path.join(opts.dir, `${opts.name}.jsonl`);
  const compactAfter = opts.compactAfter ?? 1000;
  const docs = new Map<string, T>();
  let garbage = 0;
  let bad = 0;
  if (fs.existsSync(file)) {
    const text = await fs.promises.readFile(file, 'utf8');
    // A last line without its newline (crash mid-append) would swallow the next append: count it as bad so the file is rewritten.
    if (text.length > 0 && !text.endsWith('\n')) bad++;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      let entry: Entry<T>;
      try {
        entry = parseWithDates<Entry<T>>(line);
      } catch {
        bad++;
        continue;
      }
      if (docs.has(entry.k)) garbage++;
      if ('del' in entry) {
        if (docs.delete(entry.k)) garbage++;
      } else docs.set(entry.k, entry.d);
    }
  }
  if (bad > 0) opts.logger?.warn({ collection: opts.name, badLines: bad }, 'embedded store: skipped unreadable lines');

  let handle: fs.promises.FileHandle | undefined;
  // Writes run one after another so lines never interleave and compaction sees a quiet file.
  const serial = createSerial();
  const openHandle = async () => (handle ??= await fs.promises.open(file, 'a'));
  const appendLines = async (entries: Entry<T>[]) => {
    const h = await openHandle();
    await h.write(entries.map((e) => stringifyWithDates(e)).join('\n') + '\n');
    await h.datasync();
  };
  const rewrite = async () => {
    if (handle) await handle.close();
    handle = undefined;
    await replaceFileAtomically(file, [...docs].map(([k, d]) => stringifyWithDates({ k, d }) + '\n').join(''));
    garbage = 0;
  };
  // A read-only reader (a CLI beside the running service) must never replace the file under the writer.
  if (!opts.readOnly && (bad > 0 || garbage > compactAfter)) await rewrite();
  const writable = () => {
    if (opts.readOnly) throw new Error(`embedded store opened read-only: cannot write ${opts.name}`);
  };

  const maybeCompact = async () => {
    if (garbage > compactAfter && garbage > docs.size) await rewrite();
  };

  // Group commit: puts queued while an earlier write is on its way share one write and one datasync.
  // Each put still resolves only after its own line is on disk, and becomes visible to readers only then.
  type Pending = { key: string; copy: T; line: string; resolve: () => void; reject: (e: unknown) => void };
  let open: Pending[] | undefined;
  const commit = async (batch: Pending[]) => {
    // Later puts start a new batch, queued behind this one.
    if (open === batch) open = undefined;
    try {
      const h = await openHandle();
      await h.write(batch.map((p) => p.line).join('\n') + '\n');
      await h.datasync();
    } catch (e) {
      for (const p of batch) p.reject(e);
      return;
    }
    for (const p of batch) {
      if (docs.has(p.key)) garbage++;
      docs.set(p.key, p.copy);
    }
    // As before batching, a put whose compaction fails rejects (its line is on disk all the same).
    let failure: unknown;
    try {
      await maybeCompact();
    } catch (e) {
      failure = e;
    }
    for (const p of batch) if (failure === undefined) p.resolve(); else p.reject(failure);
  };
  // Any other write closes the open batch, so a put never overtakes a delete or compaction called before it.
  const serialClosing = <R>(fn: () => Promise<R>): Promise<R> => {
    open = undefined;
    return serial(fn);
  };

  return {
    get: (key) => {
      const d = docs.get(key);
      return d === undefined ? undefined : structuredClone(d);
    },
    has: (key) => docs.has(key),
    values: () => [...docs.values()].map((d) => structuredClone(d)),
    keysWhere: (pred) => [...docs].filter(([, d]) => pred(d)).map(([k]) => k),
    filter: (pred) => {
      const out: T[] = [];
      for (const d of docs.values()) if (pred(d)) out.push(structuredClone(d));
      return out;
    },
    select: (pred, compare, limit) => {
      // A sorted buffer of at most `limit`, filled newest-inserted first: collections grow in time order, so for the
      // usual newest-first page most documents fail one comparison with the buffer's last and are never inserted.
      const all = [...docs.values()];
      const best: T[] = [];
      for (let n = all.length - 1; n >= 0; n--) {
        const d = all[n];
        if (!pred(d)) continue;
        if (best.length === limit && compare(d, best[best.length - 1]) >= 0) continue;
        let lo = 0;
        let hi = best.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (compare(d, best[mid]) < 0) hi = mid;
          else lo = mid + 1;
        }
        best.splice(lo, 0, d);
        if (best.length > limit) best.pop();
      }
      return best.map((d) => structuredClone(d));
    },
    find: (pred) => {
      for (const d of docs.values()) if (pred(d)) return structuredClone(d);
      return undefined;
    },
    size: () => docs.size,
    put: (key, doc) => {
      try {
        writable();
      } catch (e) {
        return Promise.reject(e);
      }
      const copy = structuredClone(doc);
      const line = stringifyWithDates({ k: key, d: copy });
      return new Promise<void>((resolve, reject) => {
        if (!open) {
          const batch: Pending[] = [];
          open = batch;
          void serial(() => commit(batch));
        }
        open.push({ key, copy, line, resolve, reject });
      });
    },
    delete: (keys) =>
      serialClosing(async () => {
        writable();
        const present = keys.filter((k) => docs.has(k));
        if (present.length === 0) return 0;
        await appendLines(present.map((k) => ({ k, del: true as const })));
        for (const k of present) docs.delete(k);
        garbage += present.length * 2;
        await maybeCompact();
        return present.length;
      }),
    compact: () =>
      serialClosing(async () => {
        writable();
        await rewrite();
      }),
    close: () =>
      serialClosing(async () => {
        if (handle) await handle.close();
        handle = undefined;
      }),
  };
}
