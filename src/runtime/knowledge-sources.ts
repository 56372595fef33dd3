import path from 'node:path';
import type { AuditRecorder } from '../accounts/audit-recorder';
import type { Config } from '../config';
import type { ConsoleKnowledgeSources } from '../console/knowledge-port';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { Gate } from '../gate/types';
import { createSourceInspector } from '../knowledge-sources/inspect-source';
import { KNOWLEDGE_UPLOAD_MAX_BYTES } from '../knowledge-sources/source-format';
import { createRemoveKnowledgeSource } from '../knowledge-sources/remove-source';
import { createUploadKnowledgeSource } from '../knowledge-sources/upload-source';
import { createUploadedFiles } from '../knowledge-sources/uploaded-files';
import { watchKnowledgeSources } from '../knowledge-sources/watch-sources';
import type { Store } from '../store/types';
import { loadKnowledgeInBackground, type KnowledgeHolder } from './knowledge-holder';

/** How often each instance looks for knowledge sources uploaded on another one. */
const SOURCES_CHECK_MS = 60_000;

/**
 * Only a state-secret marking (level 4) keeps a text out of the knowledge: a law's own words about sanctions or
 * inspections are what the gate refuses as a request, not as a source. Unscreenable text is refused (fail closed).
 */
function secretMarked(gate: Pick<Gate, 'screen'>): (text: string) => boolean {
  return (text) => {
    try {
      const v = gate.screen(text, { source: 'attachment' });
      return v.decision === 'block' && v.level === 4;
    } catch {
      return true;
    }
  };
}

/** The console's knowledge uploads: checked in a scratch folder of the data dir (and by the gate), kept in the store, then re-indexed. */
export function createConsoleKnowledgeSources(deps: {
  store: Pick<Store, 'knowledgeSources'>; knowledge: Pick<KnowledgeHolder, 'reindex'>; gate: Pick<Gate, 'screen'>; dataDir: string; audit: AuditRecorder; clock: Clock;
}): ConsoleKnowledgeSources {
  const sources = deps.store.knowledgeSources;
  return {
    list: () => sources.list(),
    maxBytes: KNOWLEDGE_UPLOAD_MAX_BYTES,
    upload: createUploadKnowledgeSource({
      sources, inspect: createSourceInspector({ scratchDir: path.join(deps.dataDir, 'knowledge-incoming'), isSecret: secretMarked(deps.gate) }),
      reindex: () => deps.knowledge.reindex(), audit: deps.audit, clock: deps.clock, maxBytes: KNOWLEDGE_UPLOAD_MAX_BYTES,
    }),
    remove: createRemoveKnowledgeSource({ sources, reindex: () => deps.knowledge.reindex(), audit: deps.audit, clock: deps.clock }),
  };
}

/**
 * The knowledge base of KNOWLEDGE_PATHS and the uploaded sources (this instance's copy of the store's files under
 * DATA_DIR/knowledge-uploads), loading in the background, and the watch that re-indexes when another instance adds one.
 */
export function loadKnowledge(config: Config, deps: { store: Pick<Store, 'knowledgeSources'>; logger: Logger; beforeSwap?: () => Promise<void> }): { knowledge: KnowledgeHolder; watch: { check(): Promise<boolean>; stop(): void } } {
  const uploaded = createUploadedFiles({ sources: deps.store.knowledgeSources, dir: path.join(config.dataDir, 'knowledge-uploads') });
  const knowledge = loadKnowledgeInBackground({
    paths: config.knowledgePaths, dataDir: config.dataDir, gapsPath: config.knowledgeGapsPath, logger: deps.logger, thread: config.knowledgeThread,
    extraPaths: uploaded.paths, beforeSwap: deps.beforeSwap,
  });
  const watch = watchKnowledgeSources({
    sources: deps.store.knowledgeSources, lastIds: uploaded.lastIds, loaded: () => knowledge.current() !== undefined, reindex: () => knowledge.reindex(),
    running: () => knowledge.reindexStatus()?.state === 'running', intervalMs: SOURCES_CHECK_MS, logger: deps.logger,
  });
  return { knowledge, watch };
}
