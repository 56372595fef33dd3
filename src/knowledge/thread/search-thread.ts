// Entry of the knowledge thread (a worker_threads Worker): loads or builds the index, then answers searches.
import { parentPort, workerData } from 'node:worker_threads';
import type { Logger } from '../../core/logger';
import { knowledgeBaseFromIndex, loadOrBuildIndex } from '../index';
import { loadKnownGaps } from '../load/known-gaps';
import type { ThreadInit, ThreadMessage, ThreadRequest } from './protocol';

const port = parentPort!;
const init = workerData as ThreadInit;
const post = (m: ThreadMessage): void => port.postMessage(m);

// The loader logs a few lines (index loaded, built, sources skipped); the main thread's logger writes them.
const forward = (level: 'info' | 'warn' | 'error') => (fields: Record<string, unknown>, msg: string) => post({ type: 'log', level, fields, msg });
const logger = { info: forward('info'), warn: forward('warn'), error: forward('error') } as unknown as Logger;

void (async () => {
  try {
    // Progress goes to the main thread, which owns the terminal and the log.
    const { data } = await loadOrBuildIndex({ paths: init.paths, dataDir: init.dataDir, logger, onProgress: (progress) => post({ type: 'progress', progress }) });
    const kb = knowledgeBaseFromIndex(data, { gaps: loadKnownGaps(init.gapsPath) });
    port.on('message', (req: ThreadRequest) => {
      try {
        if (req.type === 'search') post({ type: 'hits', id: req.id, hits: kb.retriever.search(req.query, req.k) });
        else if (req.type === 'lookup') post({ type: 'found', id: req.id, result: kb.retriever.lookup?.(req.query, req.k) ?? { hits: kb.retriever.search(req.query, req.k), missingDocuments: [] } });
        else post({ type: 'article', id: req.id, article: kb.get(req.articleId) });
      } catch (err) {
        post({ type: 'error', id: req.id, message: (err as Error).message });
      }
    });
    post({ type: 'ready', articleCount: kb.articleCount, documents: kb.documents });
  } catch (err) {
    post({ type: 'failed', message: (err as Error).message });
  }
})();
