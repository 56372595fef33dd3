import path from 'node:path';
import type { AuditRecorder } from '../accounts/audit-recorder';
import type { Clock } from '../core/clock';
import type { ConsoleKnowledgeSources } from '../console/knowledge-port';
import { createSourceInspector } from '../knowledge-sources/inspect-source';
import { KNOWLEDGE_UPLOAD_MAX_BYTES } from '../knowledge-sources/source-format';
import { createUploadKnowledgeSource } from '../knowledge-sources/upload-source';
import type { Store } from '../store/types';
import type { KnowledgeHolder } from './knowledge-holder';
import type { Gate } from '../gate/types';

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
  };
}
