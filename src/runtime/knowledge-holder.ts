import type { Logger } from '../core/logger';
import { createBuildProgress, type BuildProgress } from '../knowledge/index/build-progress';
import type { AsyncRetriever } from '../knowledge/types';
import { openGeneration, type Generation, type KnowledgeSnapshot, type PendingGeneration } from './knowledge-generation';

export type { KnowledgeSnapshot } from './knowledge-generation';

/** How the latest re-index went: running (with how far), ready (swapped in) or failed (the old index still serves). */
export interface ReindexStatus {
  state: 'running' | 'ready' | 'failed';
  startedAt: Date;
  finishedAt?: Date;
  /** Share of the source bytes read, 0–100 (100 once swapped in). */
  percent: number;
  /** Articles indexed so far. */
  articles: number;
  error?: string;
  /** Another re-index will follow this one (sources were added meanwhile). */
  queued: boolean;
}

/** The knowledge base as it loads in the background: /readyz reports it, Q&A waits for it, the console re-indexes it. */
export interface KnowledgeHolder {
  /** Resolves once loaded (rejects if loading failed). */
  loaded: Promise<KnowledgeSnapshot>;
  /** The index serving questions now. */
  current(): KnowledgeSnapshot | undefined;
  /** Why the first load failed (cleared once a re-index succeeds). */
  error(): Error | undefined;
  /** A retriever that searches the serving index (empty results before one is loaded). */
  retriever: AsyncRetriever;
  /** Builds a new index from the sources in the background; the serving one answers until the new one replaces it. */
  reindex(): 'started' | 'queued';
  reindexStatus(): ReindexStatus | undefined;
  /** Ends the knowledge threads, if any. */
  close(): Promise<void>;
}

export interface KnowledgeHolderDeps {
  paths: string[];
  dataDir: string;
  /** The known gaps of the knowledge (KNOWLEDGE_GAPS_PATH). */
  gapsPath?: string;
  logger: Logger;
  /** Search in a worker thread (the default in the service), or on the main thread. */
  thread: boolean;
  /** More source paths, read at every load: the uploaded sources, fetched from the store. */
  extraPaths?: () => Promise<string[]>;
  /** Awaited before a rebuilt index replaces the serving one (tests hold a re-index there). */
  beforeSwap?: () => Promise<void>;
  now?: () => Date;
}

/** Starts loading the configured (and uploaded) sources, building the index when they changed. */
export function loadKnowledgeInBackground(deps: KnowledgeHolderDeps): KnowledgeHolder {
  const now = deps.now ?? (() => new Date());
  const genDeps = { dataDir: deps.dataDir, gapsPath: deps.gapsPath, logger: deps.logger, thread: deps.thread, now };
  let serving: Generation | undefined;
  let failure: Error | undefined;
  let status: ReindexStatus | undefined;
  let building: PendingGeneration | undefined;
  // Built, waiting to take over (beforeSwap).
  let waiting: Generation | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;

  const logProgress = () => createBuildProgress({ logger: deps.logger, bar: process.stderr.isTTY === true });
  const open = async (paths: string[], onProgress: (p: BuildProgress) => void): Promise<Generation> => {
    building = openGeneration(genDeps, paths, onProgress);
    try {
      return await building.ready;
    } finally {
      building = undefined;
    }
  };

  const loaded = (async () => {
    let extra: string[] = [];
    try {
      extra = (await deps.extraPaths?.()) ?? [];
    } catch (err) {
      // Questions are answered from the configured sources; a re-index picks the uploads up once the store answers.
      deps.logger.warn({ err: (err as Error).message }, 'uploaded knowledge sources not read; loading the configured ones');
    }
    const gen = await open([...deps.paths, ...extra], logProgress());
    if (closed) {
      await gen.close();
      throw new Error('knowledge closed while loading');
    }
    serving = gen;
    return gen.snapshot;
  })().then(
    (k) => {
      deps.logger.info({ articles: k.articleCount, thread: deps.thread }, 'knowledge ready');
      return k;
    },
    (err: Error) => {
      failure = err;
      deps.logger.error({ err: err.message }, 'knowledge failed to load');
      throw err;
    },
  );
  loaded.catch(() => undefined);

  const rebuild = async (): Promise<void> => {
    const s: ReindexStatus = { state: 'running', startedAt: now(), percent: 0, articles: 0, queued: false };
    status = s;
    try {
      await loaded.catch(() => undefined);
      // Unlike the first load, a re-index that cannot read the uploads fails: it would drop them from the answers.
      const extra = (await deps.extraPaths?.()) ?? [];
      const log = logProgress();
      const gen = await open([...deps.paths, ...extra], (p) => {
        log(p);
        s.percent = p.total > 0 ? Math.min(99, Math.floor((p.read / p.total) * 100)) : 99;
        s.articles = p.articles;
      });
      waiting = gen;
      try {
        await deps.beforeSwap?.();
      } catch (err) {
        await gen.close();
        throw err;
      } finally {
        waiting = undefined;
      }
      if (closed) return void (await gen.close());
      const old = serving;
      serving = gen;
      failure = undefined;
      Object.assign(s, { state: 'ready', percent: 100, articles: gen.snapshot.articleCount, finishedAt: now() });
      deps.logger.info({ articles: gen.snapshot.articleCount }, 'knowledge re-indexed; the new index serves');
      void old?.retire().catch((err: Error) => deps.logger.warn({ err: err.message }, 'old knowledge index not closed'));
    } catch (err) {
      Object.assign(s, { state: 'failed', error: (err as Error).message, finishedAt: now() });
      deps.logger.error({ err: (err as Error).message }, 'knowledge re-index failed; the previous index still serves');
    }
  };

  const reindex = (): 'started' | 'queued' => {
    if (running) {
      again = true;
      if (status) status.queued = true;
      return 'queued';
    }
    running = rebuild().finally(() => {
      running = undefined;
      if (again && !closed) {
        again = false;
        reindex();
      }
    });
    return 'started';
  };

  return {
    loaded,
    current: () => serving?.snapshot,
    error: () => failure,
    retriever: {
      search: async (query, k) => (serving ? serving.search(query, k) : []),
      lookup: async (query, k) => (serving ? serving.lookup(query, k) : { hits: [], missingDocuments: [] }),
    },
    reindex,
    reindexStatus: () => (status ? { ...status } : undefined),
    close: async () => {
      closed = true;
      await building?.cancel().catch(() => undefined);
      await waiting?.close().catch(() => undefined);
      await serving?.close();
    },
  };
}
