import path from 'node:path';
import type { Logger } from '../../core/logger';
import type { FeedbackRecord, FeedbackRepository } from '../types';
import { createDurableWriter, type DurableWriter } from './durable-writer';

/** A FeedbackRepository whose `add` never fails for a database outage: it falls back to `<dataDir>/outbox/feedback.jsonl`. */
export async function createDurableFeedbackRepository(deps: {
  inner: FeedbackRepository;
  dataDir: string;
  logger?: Logger;
  baseDelayMs?: number;
}): Promise<FeedbackRepository & { outbox: DurableWriter<FeedbackRecord, void>; close(): Promise<void> }> {
  const outbox = await createDurableWriter<FeedbackRecord, void>({
    dir: path.join(deps.dataDir, 'outbox'),
    name: 'feedback',
    write: (r) => deps.inner.add(r),
    logger: deps.logger,
    baseDelayMs: deps.baseDelayMs,
  });
  return {
    add: async (record) => {
      await outbox.submit(record);
    },
    list: (query) => deps.inner.list(query),
    ...(deps.inner.get ? { get: deps.inner.get.bind(deps.inner) } : {}),
    ...(deps.inner.page ? { page: deps.inner.page.bind(deps.inner) } : {}),
    // A follow-up on a record already stored: written straight through (the caller tells the person when it fails).
    ...(deps.inner.setCitationVerdicts ? { setCitationVerdicts: deps.inner.setCitationVerdicts.bind(deps.inner) } : {}),
    outbox,
    close: () => outbox.close(),
  };
}
