import fs from 'node:fs';
import type { Logger } from '../core/logger';
import type { Article, KnowledgeBase } from './types';
import { listSourceFiles } from './load/load-sources';
import { fingerprintSources, indexFileFor } from './index/fingerprint';
import { buildFromSources } from './index/build-from-sources';
import { createBuildProgress, type BuildProgress } from './index/build-progress';
import { INDEX_VERSION, type IndexData } from './index/index-data';
import { readIndexFile, readIndexMeta, writeIndexFile } from './index/index-file';
import { createLegalSearch } from './search/legal-search';
import { readArticle } from './search/records';
import { loadRerankerModel } from './search/reranker-model';
import { loadAnswerabilityModel } from './search/answerability';
import { loadKnownGaps, type KnownGap } from './load/known-gaps';
import { summarizeDocuments } from './index/document-summaries';

export type { Article, Clause, Hit, KnowledgeBase, LegalDocument, Retriever } from './types';
export type { DocumentSummary } from './index/document-summaries';
export { LegalRetriever } from './langchain-retriever';

/** Dependencies of the knowledge base. */
export interface KnowledgeDeps {
  paths: string[];
  dataDir: string;
  logger?: Logger;
  /** The known gaps of the knowledge (knowledge/chu-de-chua-co.json), which answerability weighs. */
  gapsPath?: string;
  /** Build progress (default: a bar when stderr is a terminal, else a log line every 10 %). */
  onProgress?: (p: BuildProgress) => void;
}

/** Loads the saved index when the sources are unchanged, or builds and saves it. */
export async function loadOrBuildIndex(deps: KnowledgeDeps): Promise<{ data: IndexData; built: boolean }> {
  const files = listSourceFiles(deps.paths);
  const missing = deps.paths.filter((p) => !fs.existsSync(p));
  // A missing path is an operator mistake worth a warning, not a reason to refuse to start.
  if (missing.length) deps.logger?.warn({ missing }, 'knowledge paths not found');
  const fingerprint = fingerprintSources(files, `v${INDEX_VERSION}`);
  const file = indexFileFor(deps.dataDir, deps.paths);
  const started = Date.now();
  if (readIndexMeta(file)?.fingerprint === fingerprint) {
    try {
      const { data } = readIndexFile(file);
      deps.logger?.info({ articles: data.n, ms: Date.now() - started }, 'knowledge index loaded');
      return { data, built: false };
    } catch (err) {
      deps.logger?.warn({ err: (err as Error).message }, 'knowledge index unreadable, rebuilding');
    }
  }
  const onProgress = deps.onProgress ?? createBuildProgress({ logger: deps.logger, bar: process.stderr.isTTY === true });
  const data = await buildFromSources(files, { logger: deps.logger, onProgress });
  try {
    writeIndexFile(file, data, { fingerprint, files: files.length, builtAt: new Date().toISOString() });
  } catch (err) {
    // A read-only data dir costs a rebuild at the next start, not the service.
    deps.logger?.warn({ err: (err as Error).message }, 'knowledge index not saved');
  }
  deps.logger?.info({ articles: data.n, files: files.length, ms: Date.now() - started }, 'knowledge index built');
  return { data, built: true };
}

/** Wraps an index as a knowledge base (retriever + lookup by id). */
export function knowledgeBaseFromIndex(data: IndexData, opts: { gaps?: KnownGap[] } = {}): KnowledgeBase {
  const { retriever } = createLegalSearch(data, { reranker: loadRerankerModel(), answerability: loadAnswerabilityModel(), gaps: opts.gaps });
  const firstRow = new Map<string, number>();
  data.ids.forEach((id, row) => {
    if (!firstRow.has(id)) firstRow.set(id, row);
  });
  return {
    retriever,
    articleCount: data.n,
    documents: summarizeDocuments(data),
    get(id: string): Article | undefined {
      const row = firstRow.get(id);
      return row === undefined ? undefined : readArticle(data, row);
    },
  };
}

/** Creates the knowledge base from the configured sources (KNOWLEDGE_PATHS), with its index under `<dataDir>/index/`. */
export async function createKnowledgeBase(deps: KnowledgeDeps): Promise<KnowledgeBase> {
  const { data } = await loadOrBuildIndex(deps);
  return knowledgeBaseFromIndex(data, { gaps: loadKnownGaps(deps.gapsPath) });
}
