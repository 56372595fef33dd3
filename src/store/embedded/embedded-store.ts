import fs from 'node:fs';
import path from 'node:path';
import { systemClock, type Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import { auditPurgeRecord } from '../purge-record';
import type { AnswerRecord, Appeal, AuditEvent, FeedbackRecord, KnowledgeSourceRecord, NoteRecord, PurgeCutoffs, Store, UserRecord } from '../types';
import { embeddedAudit, keyOf } from './embedded-audit';
import { embeddedAnswers, embeddedFeedback, embeddedNotes, embeddedState } from './embedded-records';
import { embeddedUsers } from './embedded-users';
import { embeddedAppeals } from './embedded-appeals';
import { embeddedKnowledgeSources } from './embedded-knowledge-sources';
import { embeddedExpiring, embeddedLeases } from './embedded-expiring';
import { openJsonlCollection, type JsonlCollection } from './jsonl-collection';
import { acquireStoreLock } from './store-lock';

export interface EmbeddedStoreOptions {
  dataDir: string;
  clock?: Clock;
  logger?: Logger;
  /** For tools that read beside a running service: no writes, no compaction. */
  readOnly?: boolean;
}

/** The default store: one JSON Lines file per collection under `<dataDir>/store/`, for a single service instance. */
export async function createEmbeddedStore(opts: EmbeddedStoreOptions): Promise<Store> {
  const dir = path.join(opts.dataDir, 'store');
  const clock = opts.clock ?? systemClock;
  if (!opts.readOnly) await fs.promises.mkdir(dir, { recursive: true });
  // Single writer: readers (CLIs) take no lock and never write.
  const release = opts.readOnly ? () => undefined : acquireStoreLock(dir);
  const open = <T>(name: string) => openJsonlCollection<T>({ dir, name, logger: opts.logger, readOnly: opts.readOnly });
  const openAll = async () => ({
    answers: await open<AnswerRecord>('answers'),
    feedback: await open<FeedbackRecord>('feedback'),
    audit: await open<AuditEvent>('audit'),
    users: await open<UserRecord>('users'),
    notes: await open<NoteRecord>('notes'),
    appeals: await open<Appeal>('appeals'),
    knowledgeSources: await open<KnowledgeSourceRecord>('knowledge-sources'),
    state: await open<{ json: string }>('state'),
    expiring: await open<{ json: string; expiresAt: Date }>('expiring'),
    leases: await open<{ holder: string; expiresAt: Date }>('leases'),
  });
  const { answers, feedback, audit, users, notes, appeals, knowledgeSources, state, expiring, leases } = await openAll().catch((e: unknown) => {
    release();
    throw e;
  });
  const all: JsonlCollection<unknown>[] = [answers, feedback, audit, users, notes, appeals, knowledgeSources, state, expiring, leases] as JsonlCollection<unknown>[];
  const auditRepo = embeddedAudit(audit);

  const purge = async (cutoffs: PurgeCutoffs): Promise<Record<string, number>> => {
    const olderThan = <T>(col: JsonlCollection<T>, cutoff: Date | undefined, time: (d: T) => Date, key: (d: T) => string) =>
      cutoff ? col.delete(col.filter((d) => time(d).getTime() < cutoff.getTime()).map(key)) : Promise.resolve(0);
    const counts: Record<string, number> = {
      answers: await olderThan(answers, cutoffs.answers, (a) => a.time, (a) => a.id),
      feedback: await olderThan(feedback, cutoffs.feedback, (f) => f.time, (f) => f.id),
      notes: await olderThan(notes, cutoffs.notes, (n) => n.createdAt, (n) => n.id),
      appeals: await olderThan(appeals, cutoffs.appeals, (a) => a.time, (a) => a.id),
      revokedUserNotes: 0,
      audit: 0,
    };
    if (cutoffs.revokedUserNotes) {
      const cutoff = cutoffs.revokedUserNotes.getTime();
      const gone = new Set(users.filter((u) => u.status === 'revoked' && !!u.statusChangedAt && u.statusChangedAt.getTime() < cutoff).map((u) => u.id));
      counts.revokedUserNotes = await notes.delete(notes.filter((n) => gone.has(n.ownerId)).map((n) => n.id));
    }
    if (cutoffs.audit) {
      // Only a prefix of the chain is removed (up to the first event still in retention), then attested.
      const events = audit.values().sort((a, b) => a.seq - b.seq);
      const firstKept = events.findIndex((e) => e.time.getTime() >= (cutoffs.audit as Date).getTime());
      // The newest event always stays, so the chain continues from it.
      const doomed = firstKept === -1 ? events.slice(0, -1) : events.slice(0, firstKept);
      if (doomed.length > 0) {
        counts.audit = await audit.delete(doomed.map((e) => keyOf(e.seq)));
        await auditRepo.append(auditPurgeRecord(doomed[doomed.length - 1], doomed.length, clock.now()));
      }
    }
    return counts;
  };

  return {
    kind: 'embedded',
    answers: embeddedAnswers(answers),
    feedback: embeddedFeedback(feedback),
    audit: auditRepo,
    users: embeddedUsers(users, clock),
    notes: embeddedNotes(notes),
    appeals: embeddedAppeals(appeals),
    knowledgeSources: embeddedKnowledgeSources(knowledgeSources, path.join(dir, 'knowledge-sources')),
    state: embeddedState(state),
    expiring: embeddedExpiring(expiring, clock),
    leases: embeddedLeases(leases, clock),
    ping: async () => {
      if (!opts.readOnly) await fs.promises.access(dir, fs.constants.W_OK);
    },
    purge,
    close: async () => {
      for (const c of all) await c.close();
      release();
    },
  };
}
