import type { Logger } from '../core/logger';
import { createKnowledgeBase } from '../knowledge';
import { startKnowledgeThread } from '../knowledge/thread/knowledge-thread';
import type { AsyncRetriever, Hit, SearchResult } from '../knowledge/types';

/** The knowledge base as it loads in the background: /readyz reports it, Q&A waits for it. */
export interface KnowledgeHolder {
  /** Resolves once loaded (rejects if loading failed). */
  loaded: Promise<{ articleCount: number }>;
  current(): { articleCount: number } | undefined;
  error(): Error | undefined;
  /** A retriever that searches the loaded base (empty results before it is loaded). */
  retriever: AsyncRetriever;
  /** Ends the knowledge thread, if any. */
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
}

/** Starts loading the configured sources (building the index when sources changed). */
export function loadKnowledgeInBackground(deps: KnowledgeHolderDeps): KnowledgeHolder {
  let current: { articleCount: number } | undefined;
  let failure: Error | undefined;
  let search: (query: string, k: number) => Promise<Hit[]> = async () => [];
  let lookup: (query: string, k: number) => Promise<SearchResult> = async () => ({ hits: [], missingDocuments: [] });
  let close = async (): Promise<void> => undefined;
  let loading: Promise<{ articleCount: number }>;
  if (deps.thread) {
    const thread = startKnowledgeThread({ paths: deps.paths, dataDir: deps.dataDir, gapsPath: deps.gapsPath, logger: deps.logger });
    loading = thread.loaded;
    search = (query, k) => thread.retriever.search(query, k);
    lookup = (query, k) => thread.retriever.lookup?.(query, k) ?? Promise.resolve({ hits: [], missingDocuments: [] });
    close = () => thread.close();
  } else {
    loading = createKnowledgeBase({ paths: deps.paths, dataDir: deps.dataDir, gapsPath: deps.gapsPath, logger: deps.logger }).then((kb) => {
      search = async (query, k) => kb.retriever.search(query, k);
      lookup = async (query, k) => kb.retriever.lookup?.(query, k) ?? { hits: kb.retriever.search(query, k), missingDocuments: [] };
      return { articleCount: kb.articleCount };
    });
  }
  const loaded = loading.then(
    (k) => {
      current = k;
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
  return {
    loaded,
    current: () => current,
    error: () => failure,
    retriever: {
      search: async (query, k) => (current ? search(query, k) : []),
      lookup: async (query, k) => (current ? lookup(query, k) : { hits: [], missingDocuments: [] }),
    },
    close: () => close(),
  };
}
