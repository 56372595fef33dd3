import { recordAdmin, type AuditRecorder } from '../accounts/audit-recorder';
import type { Principal } from '../accounts/principal';
import type { Clock } from '../core/clock';
import type { KnowledgeSourceRecord, KnowledgeSourceRepository } from '../store/types';

export type RemoveResult =
  | { kind: 'removed'; source: KnowledgeSourceRecord; reindex: 'started' | 'queued' }
  | { kind: 'not_found'; id: string }
  | { kind: 'forbidden' };

/** A system administrator removes an uploaded source (a wrong or withdrawn file): audited, then re-indexed without it. */
export function createRemoveKnowledgeSource(deps: { sources: KnowledgeSourceRepository; reindex: () => 'started' | 'queued'; audit: AuditRecorder; clock: Clock }) {
  return async (p: Principal, id: string): Promise<RemoveResult> => {
    const audit = (outcome: string, details: Record<string, string> = {}) =>
      recordAdmin(deps.audit, deps.clock, p, { action: 'knowledge_remove', target: id, outcome, details });
    if (p.role !== 'system_admin') {
      await audit('forbidden');
      return { kind: 'forbidden' };
    }
    const source = (await deps.sources.list()).find((s) => s.id === id);
    if (!source || !(await deps.sources.remove(id))) {
      await audit('not_found');
      return { kind: 'not_found', id };
    }
    await audit('removed', { fileName: source.fileName });
    return { kind: 'removed', source, reindex: deps.reindex() };
  };
}
