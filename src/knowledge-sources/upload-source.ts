import { createHash, randomUUID } from 'node:crypto';
import { recordAdmin, type AuditRecorder } from '../accounts/audit-recorder';
import type { Principal } from '../accounts/principal';
import type { Clock } from '../core/clock';
import type { KnowledgeSourceRecord, KnowledgeSourceRepository } from '../store/types';
import type { Inspection } from './inspect-source';
import { KNOWLEDGE_UPLOAD_MAX_BYTES, formatOf, safeFileName } from './source-format';

/** Why an upload was refused: nothing was stored and the index is unchanged. */
export type UploadProblem = 'empty' | 'too_large' | 'format' | 'unreadable' | 'no_articles' | 'duplicate' | 'secret';

export type UploadResult =
  | { kind: 'accepted'; source: KnowledgeSourceRecord; reindex: 'started' | 'queued'; skippedLines: number }
  | { kind: 'forbidden' }
  | { kind: 'invalid'; problem: UploadProblem; fileName: string; detail?: string };

export interface UploadSourceDeps {
  sources: KnowledgeSourceRepository;
  inspect: (fileName: string, content: Buffer) => Promise<Inspection>;
  /** Starts (or queues) the background re-index. */
  reindex: () => 'started' | 'queued';
  audit: AuditRecorder;
  clock: Clock;
  maxBytes?: number;
}

/**
 * A system administrator adds a knowledge source: the file is checked with the index build's own loaders, stored in
 * the store (so every instance indexes it), audited, and a background re-index starts. A bad file changes nothing.
 */
export function createUploadKnowledgeSource(deps: UploadSourceDeps) {
  const maxBytes = deps.maxBytes ?? KNOWLEDGE_UPLOAD_MAX_BYTES;
  return async (p: Principal, file: { name: string; content: Buffer }): Promise<UploadResult> => {
    const fileName = safeFileName(file.name);
    const audit = (outcome: string, details: Record<string, string | number> = {}, target?: string) =>
      recordAdmin(deps.audit, deps.clock, p, { action: 'knowledge_upload', target, outcome, details: { fileName, bytes: file.content.length, ...details } });
    if (p.role !== 'system_admin') {
      await audit('forbidden');
      return { kind: 'forbidden' };
    }
    const invalid = async (problem: UploadProblem, detail?: string): Promise<UploadResult> => {
      await audit(`invalid_${problem}`);
      return { kind: 'invalid', problem, fileName, ...(detail ? { detail } : {}) };
    };
    const format = formatOf(fileName);
    if (!format) return invalid('format');
    if (file.content.length === 0) return invalid('empty');
    if (file.content.length > maxBytes) return invalid('too_large');
    const sha256 = createHash('sha256').update(file.content).digest('hex');
    const same = (await deps.sources.list()).find((s) => s.sha256 === sha256);
    if (same) return invalid('duplicate', same.fileName);
    const seen = await deps.inspect(fileName, file.content);
    if (seen.kind === 'unreadable') return invalid('unreadable', seen.detail);
    if (seen.kind === 'no_articles') return invalid('no_articles');
    if (seen.kind === 'secret') return invalid('secret');
    const source: KnowledgeSourceRecord = {
      id: randomUUID(), fileName, format, bytes: file.content.length, sha256, uploadedAt: deps.clock.now(), uploadedBy: p.actor,
      articleCount: seen.articleCount, documentCount: seen.documentCount,
    };
    await deps.sources.add(source, file.content);
    await audit('accepted', { format, articles: seen.articleCount, documents: seen.documentCount }, source.id);
    return { kind: 'accepted', source, reindex: deps.reindex(), skippedLines: seen.skippedLines };
  };
}
