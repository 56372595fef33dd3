import type { Logger } from '../core/logger';
import { createKnowledgeBase, type DocumentSummary } from '../knowledge';
import type { BuildProgress } from '../knowledge/index/build-progress';
import { startKnowledgeThread } from '../knowledge/thread/knowledge-thread';
import type { Hit, SearchResult } from '../knowledge/types';

/** What one loaded index holds, for /readyz and the console. */
export interface KnowledgeSnapshot {
  articleCount: number;
  documents: DocumentSummary[];
  loadedAt: Date;
}

/** One loaded index serving searches; retired once a newer one replaces it. */
export interface Generation {
  snapshot: KnowledgeSnapshot;
  search(query: string, k: number): Promise<Hit[]>;
  lookup(query: string, k: number): Promise<SearchResult>;
  /** Closes it once the searches it is answering have finished (none are sent to it any more). */
  retire(): Promise<void>;
  /** Closes it now. */
  close(): Promise<void>;
}

/** An index being loaded or built: `ready` once it serves; `cancel` stops a thread still building. */
export interface PendingGeneration {
  ready: Promise<Generation>;
  cancel(): Promise<void>;
}

export interface GenerationDeps {
  dataDir: string;
  gapsPath?: string;
  logger: Logger;
  /** Search in a worker thread, or on the main thread. */
  thread: boolean;
  now: () => Date;
}

/** Loads (or builds, when the sources changed) the index of `paths`, in a worker thread or on the main thread. */
export function openGeneration(deps: GenerationDeps, paths: string[], onProgress: (p: BuildProgress) => void): PendingGeneration {
  const base = { paths, dataDir: deps.dataDir, gapsPath: deps.gapsPath, logger: deps.logger, onProgress };
  if (deps.thread) {
    const thread = startKnowledgeThread(base);
    const ready = thread.loaded.then(
      (k) => tracked({ articleCount: k.articleCount, documents: k.documents, loadedAt: deps.now() }, {
        search: (q, k) => thread.retriever.search(q, k),
        lookup: (q, k) => thread.retriever.lookup?.(q, k) ?? Promise.resolve({ hits: [], missingDocuments: [] }),
        close: () => thread.close(),
      }),
      async (err: Error) => {
        await thread.close().catch(() => undefined);
        throw err;
      },
    );
    return { ready, cancel: () => thread.close() };
  }
  const ready = createKnowledgeBase(base).then((kb) =>
    tracked({ articleCount: kb.articleCount, documents: kb.documents, loadedAt: deps.now() }, {
      search: async (q, k) => kb.retriever.search(q, k),
      lookup: async (q, k) => kb.retriever.lookup?.(q, k) ?? { hits: kb.retriever.search(q, k), missingDocuments: [] },
      close: async () => undefined,
    }),
  );
  return { ready, cancel: async () => undefined };
}

type Calls = Pick<Generation, 'search' | 'lookup' | 'close'>;

/** Counts the searches in flight, so a retired index is closed only once it has answered them. */
function tracked(snapshot: KnowledgeSnapshot, calls: Calls): Generation {
  let inFlight = 0;
  let idle: (() => void) | undefined;
  const track = async <T>(run: () => Promise<T>): Promise<T> => {
    inFlight++;
    try {
      return await run();
    } finally {
      inFlight--;
      if (inFlight === 0) idle?.();
    }
  };
  return {
    snapshot,
    search: (q, k) => track(() => calls.search(q, k)),
    lookup: (q, k) => track(() => calls.lookup(q, k)),
    retire: async () => {
      if (inFlight > 0) await new Promise<void>((resolve) => (idle = resolve));
      await calls.close();
    },
    close: () => calls.close(),
  };
}
