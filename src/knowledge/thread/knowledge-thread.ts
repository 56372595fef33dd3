import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../../core/logger';
import type { Article, AsyncRetriever, Hit, SearchResult } from '../types';
import type { ThreadInit, ThreadMessage, ThreadRequest } from './protocol';
import { createBuildProgress, type BuildProgress } from '../index/build-progress';
import type { DocumentSummary } from '../index/document-summaries';

/** The knowledge base served by its own thread: searches run beside the turns instead of between them. */
export interface KnowledgeThread {
  /** Resolves with the article count and documents once the index is loaded (rejects if loading failed). */
  loaded: Promise<{ articleCount: number; documents: DocumentSummary[] }>;
  retriever: AsyncRetriever;
  get(id: string): Promise<Article | undefined>;
  /** Ends the thread; pending requests are rejected. */
  close(): Promise<void>;
}

export interface KnowledgeThreadDeps {
  paths: string[];
  dataDir: string;
  logger: Logger;
  /** The known gaps of the knowledge, which answerability weighs. */
  gapsPath?: string;
  /** Build progress reported by the thread (default: a bar on a terminal, else a log line every 10 %). */
  onProgress?: (p: BuildProgress) => void;
  /** Starts the worker (tests wrap it to stop a thread as a crash would). */
  startWorker?: (init: ThreadInit) => Worker;
}

// The request types without their id (Omit over a union keeps each member apart).
type Unsent<T> = T extends unknown ? Omit<T, 'id'> : never;
type Pending = { resolve: (m: ThreadMessage) => void; reject: (err: Error) => void };

/** Starts the worker from the compiled .js, or from the .ts sources through tsx (development and tests). */
export function startSearchWorker(init: ThreadInit): Worker {
  const entry = path.join(__dirname, `search-thread${path.extname(__filename)}`);
  if (entry.endsWith('.js')) return new Worker(entry, { workerData: init });
  const bootstrap = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(entry)});`;
  return new Worker(bootstrap, { eval: true, workerData: init });
}

/**
 * Loads the knowledge base in a worker thread. A thread that dies after loading (a crash, memory) is started
 * again from the saved index; the requests it held fail, later ones wait for the new thread.
 */
export function startKnowledgeThread(deps: KnowledgeThreadDeps): KnowledgeThread {
  const init: ThreadInit = { paths: deps.paths, dataDir: deps.dataDir, gapsPath: deps.gapsPath };
  const onProgress = deps.onProgress ?? createBuildProgress({ logger: deps.logger, bar: process.stderr.isTTY === true });
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let closing = false;
  let worker: Worker;
  let ready: Promise<Worker>;

  const spawn = (): Promise<Worker> => {
    const w = (deps.startWorker ?? startSearchWorker)(init);
    worker = w;
    return new Promise<Worker>((resolve, reject) => {
      let started = false;
      w.on('message', (m: ThreadMessage) => {
        if (m.type === 'ready') {
          started = true;
          articleCount = m.articleCount;
          documents = m.documents;
          resolve(w);
        } else if (m.type === 'failed') {
          reject(new Error(m.message));
          void w.terminate();
        } else if (m.type === 'log') {
          deps.logger[m.level](m.fields, m.msg);
        } else if (m.type === 'progress') {
          onProgress(m.progress);
        } else {
          const p = pending.get(m.id);
          pending.delete(m.id);
          if (m.type === 'error') p?.reject(new Error(`knowledge search failed: ${m.message}`));
          else p?.resolve(m);
        }
      });
      w.on('error', (err) => deps.logger.error({ err: err.message }, 'knowledge thread error'));
      w.on('exit', (code) => {
        if (!started) return reject(new Error(`knowledge thread exited while loading (code ${code})`));
        for (const p of pending.values()) p.reject(new Error('knowledge thread stopped'));
        pending.clear();
        if (closing || worker !== w) return;
        deps.logger.error({ code }, 'knowledge thread stopped; starting it again');
        ready = spawn();
        ready.catch((err: Error) => deps.logger.error({ err: err.message }, 'knowledge thread did not restart'));
      });
    });
  };

  let articleCount = 0;
  let documents: DocumentSummary[] = [];
  ready = spawn();
  const loaded = ready.then(() => ({ articleCount, documents }));
  loaded.catch(() => undefined);

  const request = async (req: Unsent<ThreadRequest>): Promise<ThreadMessage> => {
    const w = await ready;
    if (closing) throw new Error('knowledge thread closed');
    const id = nextId++;
    return new Promise<ThreadMessage>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      w.postMessage({ ...req, id } as ThreadRequest);
    });
  };

  return {
    loaded,
    retriever: {
      async search(query: string, k: number): Promise<Hit[]> {
        const m = await request({ type: 'search', query, k });
        return m.type === 'hits' ? m.hits : [];
      },
      async lookup(query: string, k: number): Promise<SearchResult> {
        const m = await request({ type: 'lookup', query, k });
        return m.type === 'found' ? m.result : { hits: [], missingDocuments: [] };
      },
    },
    async get(articleId: string): Promise<Article | undefined> {
      const m = await request({ type: 'get', articleId });
      return m.type === 'article' ? m.article : undefined;
    },
    async close(): Promise<void> {
      closing = true;
      await worker.terminate();
    },
  };
}
