import type { Logger } from '../core/logger';
import { createKnowledgeBase } from '../knowledge';
import type { Hit, KnowledgeBase, Retriever } from '../knowledge/types';

/** The knowledge base as it loads in the background: /readyz reports it, Q&A waits for it. */
export interface KnowledgeHolder {
  /** Resolves once loaded (rejects if loading failed). */
  loaded: Promise<KnowledgeBase>;
  current(): KnowledgeBase | undefined;
  error(): Error | undefined;
  /** A retriever that searches the loaded base (empty results before it is loaded). */
  retriever: Retriever;
}

/** Starts loading the configured sources (building the index when sources changed). */
export function loadKnowledgeInBackground(deps: { paths: string[]; dataDir: string; logger: Logger }): KnowledgeHolder {
  let kb: KnowledgeBase | undefined;
  let failure: Error | undefined;
  const loaded = createKnowledgeBase({ paths: deps.paths, dataDir: deps.dataDir, logger: deps.logger }).then(
    (k) => {
      kb = k;
      deps.logger.info({ articles: k.articleCount }, 'knowledge ready');
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
    current: () => kb,
    error: () => failure,
    retriever: { search: (query: string, k: number): Hit[] => (kb ? kb.retriever.search(query, k) : []) },
  };
}
