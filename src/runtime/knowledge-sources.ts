import path from 'node:path';
import type { AuditRecorder } from '../accounts/audit-recorder';
import type { Clock } from '../core/clock';
import type { ConsoleKnowledgeSources } from '../console/knowledge-port';
import { createSourceInspector } from '../knowledge-sources/inspect-source';
import { KNOWLEDGE_UPLOAD_MAX_BYTES } from '../knowledge-sources/source-format';
import { createUploadKnowledgeSource } from '../knowledge-sources/upload-source';
import type { Store } from '../store/types';
import type { KnowledgeHolder } from './knowledge-holder';

/** The console's knowledge uploads: checked in a scratch folder of the data dir, kept in the store, then re-indexed. */
export function createConsoleKnowledgeSources(deps: { store: Pick<Store, 'knowledgeSources'>; knowledge: Pick<KnowledgeHolder, 'reindex'>; dataDir: string; audit: AuditRecorder; clock: Clock }): ConsoleKnowledgeSources {
  const sources = deps.store.knowledgeSources;
  return {
    list: () => sources.list(),
    maxBytes: KNOWLEDGE_UPLOAD_MAX_BYTES,
    upload: createUploadKnowledgeSource({
      sources, inspect: createSourceInspector({ scratchDir: path.join(deps.dataDir, 'knowledge-incoming') }),
      reindex: () => deps.knowledge.reindex(), audit: deps.audit, clock: deps.clock, maxBytes: KNOWLEDGE_UPLOAD_MAX_BYTES,
    }),
  };
}
