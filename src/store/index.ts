import { systemClock, type Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import { createEmbeddedStore } from './embedded/embedded-store';
import { createMongoStore } from './mongo/mongo-store';
import type { Store } from './types';

export * from './types';
export { createEmbeddedStore, type EmbeddedStoreOptions } from './embedded/embedded-store';
export { createMongoStore, type MongoStoreOptions } from './mongo/mongo-store';
export { createPurgeJob, type PurgeJob } from './purge-job';
export { createDurableFeedbackRepository } from './durable/durable-feedback-repository';
export { createDurableWriter, type DurableWriter } from './durable/durable-writer';
export { GENESIS_HASH, computeAuditHash, canonicalJson } from './audit-hash';
export { AUDIT_PURGE_ACTION } from './purge-record';

/** MongoDB when `mongo` is given (Config.mongo), otherwise the embedded store under `<dataDir>/store/`. */
export async function createStore(deps: { mongo?: { uri: string; dbName: string }; dataDir: string; logger?: Logger; clock?: Clock; readOnly?: boolean }): Promise<Store> {
  const clock = deps.clock ?? systemClock;
  if (deps.mongo) return createMongoStore({ ...deps.mongo, clock, logger: deps.logger });
  return createEmbeddedStore({ dataDir: deps.dataDir, clock, logger: deps.logger, readOnly: deps.readOnly });
}
