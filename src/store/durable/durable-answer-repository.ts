import path from 'node:path';
import type { Logger } from '../../core/logger';
import type { AnswerRecord, AnswerRepository } from '../types';
import { createDurableWriter, type DurableWriter } from './durable-writer';

/**
 * An AnswerRepository whose `save` never fails for a database outage: the record waits in
 * `<dataDir>/outbox/answers.jsonl` (saving the same id again replaces it, so a re-delivery is harmless).
 */
export async function createDurableAnswerRepository(deps: {
  inner: AnswerRepository;
  dataDir: string;
  logger?: Logger;
  baseDelayMs?: number;
}): Promise<AnswerRepository & { outbox: DurableWriter<AnswerRecord, void>; close(): Promise<void> }> {
  const outbox = await createDurableWriter<AnswerRecord, void>({
    dir: path.join(deps.dataDir, 'outbox'),
    name: 'answers',
    write: (r) => deps.inner.save(r),
    logger: deps.logger,
    baseDelayMs: deps.baseDelayMs,
  });
  return {
    save: async (record) => {
      await outbox.submit(record);
    },
    get: (id) => deps.inner.get(id),
    getMany: deps.inner.getMany ? (ids) => deps.inner.getMany!(ids) : undefined,
    outbox,
    close: () => outbox.close(),
  };
}
