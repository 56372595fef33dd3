import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Db } from 'mongodb';
import { mongoExpiring } from './mongo-expiring';
import { mongoLeases } from './mongo-leases';
import { systemClock, type Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import { auditPurgeRecord } from '../purge-record';
import type { AuditEvent, PurgeCutoffs, Store } from '../types';
import { mongoAudit } from './mongo-audit';
import { connectMongo, type MongoConnectOptions } from './mongo-connect';
import { onWritableLost } from './mongo-reachability';
import { fromDoc, type StoredDoc } from './mongo-docs';
import { mongoAnswers, mongoFeedback, mongoNotes, mongoState } from './mongo-records';
import { mongoUsers } from './mongo-users';
import { mongoAppeals } from './mongo-appeals';
import { mongoKnowledgeSources } from './mongo-knowledge-sources';

export interface MongoStoreOptions {
  uri: string;
  dbName: string;
  clock?: Clock;
  logger?: Logger;
  connect?: Omit<MongoConnectOptions, 'uri' | 'logger'>;
  /** This instance's name in leases (default: host, process and a random suffix). */
  holder?: string;
}

/** A name for this store instance in leases: unique per process and per store opened in it. */
function instanceName(): string {
  return `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** Creates the indexes every query here relies on (no TTL indexes: retention is the purge job's). */
async function ensureIndexes(db: Db): Promise<void> {
  await db.collection('answers').createIndex({ time: 1 }, { name: 'time' });
  await db.collection('answers').createIndex({ userId: 1, time: 1 }, { name: 'user_time' });
  await db.collection('feedback').createIndex({ time: 1 }, { name: 'time' });
  await db.collection('feedback').createIndex({ answerId: 1 }, { name: 'answerId' });
  await db.collection('audit').createIndex({ seq: 1 }, { name: 'seq_unique', unique: true });
  await db.collection('audit').createIndex({ time: 1 }, { name: 'time' });
  await db.collection('users').createIndex({ upnLower: 1 }, { name: 'upnLower' });
  await db.collection('users').createIndex({ aadObjectId: 1 }, { name: 'aadObjectId' });
  await db.collection('users').createIndex({ unit: 1 }, { name: 'unit' });
  await db.collection('notes').createIndex({ ownerId: 1, createdAt: 1 }, { name: 'owner_created' });
  await db.collection('appeals').createIndex({ time: 1 }, { name: 'time' });
  await db.collection('appeals').createIndex({ status: 1, time: 1 }, { name: 'status_time' });
  await db.collection('expiring').createIndex({ expiresAt: 1 }, { name: 'expiresAt' });
}

/** The production store on MongoDB (or FerretDB): connects with retry, creates indexes, closes cleanly. */
export async function createMongoStore(opts: MongoStoreOptions): Promise<Store> {
  const clock = opts.clock ?? systemClock;
  const client = await connectMongo({ uri: opts.uri, logger: opts.logger, ...opts.connect });
  const db = client.db(opts.dbName);
  try {
    await ensureIndexes(db);
  } catch (e) {
    await client.close();
    throw e;
  }
  const col = (name: string) => db.collection<StoredDoc>(name);
  const leases = mongoLeases(col('leases'), clock);
  const audit = mongoAudit({ audit: col('audit'), inbox: col('audit_inbox') }, { leases, holder: opts.holder ?? instanceName(), logger: opts.logger });

  const purge = async (cutoffs: PurgeCutoffs): Promise<Record<string, number>> => {
    const older = async (name: string, field: string, cutoff?: Date) =>
      cutoff ? (await col(name).deleteMany({ [field]: { $lt: cutoff } })).deletedCount : 0;
    const counts: Record<string, number> = {
      answers: await older('answers', 'time', cutoffs.answers),
      feedback: await older('feedback', 'time', cutoffs.feedback),
      notes: await older('notes', 'createdAt', cutoffs.notes),
      appeals: await older('appeals', 'time', cutoffs.appeals),
      // Decisions outlive no appeal: a decision is at least as new as its appeal.
      appealDecisions: await older('appeal_decisions', 'at', cutoffs.appeals),
      revokedUserNotes: 0,
      audit: 0,
    };
    if (cutoffs.revokedUserNotes) {
      const gone = await col('users').find({ status: 'revoked', statusChangedAt: { $lt: cutoffs.revokedUserNotes } }).project({ _id: 1 }).toArray();
      if (gone.length) counts.revokedUserNotes = (await col('notes').deleteMany({ ownerId: { $in: gone.map((u) => u._id) } })).deletedCount;
    }
    if (cutoffs.audit) {
      // Remove only a prefix of the chain (before the first event still in retention), then attest it.
      // The newest event always stays, so the chain continues from it.
      const keep = (await col('audit').find({ time: { $gte: cutoffs.audit } }).sort({ seq: 1 }).limit(1).next())
        ?? (await col('audit').find({}).sort({ seq: -1 }).limit(1).next());
      const filter = { seq: { $lt: (keep?.seq as number | undefined) ?? 0 } };
      const lastDoc = await col('audit').find(filter).sort({ seq: -1 }).limit(1).next();
      if (lastDoc) {
        counts.audit = (await col('audit').deleteMany(filter)).deletedCount;
        await audit.append(auditPurgeRecord(fromDoc<AuditEvent>(lastDoc), counts.audit, clock.now()));
      }
    }
    return counts;
  };

  return {
    kind: 'mongodb',
    answers: mongoAnswers(col('answers')),
    feedback: mongoFeedback(col('feedback')),
    audit,
    users: mongoUsers(col('users'), clock),
    notes: mongoNotes(col('notes')),
    appeals: mongoAppeals(col('appeals'), col('appeal_decisions')),
    knowledgeSources: mongoKnowledgeSources(col('knowledge_sources'), col('knowledge_files')),
    state: mongoState(col('state')),
    expiring: mongoExpiring(col('expiring'), clock),
    leases,
    ping: async () => {
      await db.command({ ping: 1 });
    },
    onUnreachable: (listener) => onWritableLost(client, listener),
    purge,
    close: async () => {
      await audit.close().catch(() => undefined);
      await client.close();
    },
  };
}
