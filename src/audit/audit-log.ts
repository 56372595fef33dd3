import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import { createDurableWriter, type DurableWriter } from '../store/durable/durable-writer';
import type { AuditEvent, AuditEventInput, AuditRepository } from '../store/types';

/** An event to record; `time` defaults to the clock. There is deliberately no text field: blocked text never reaches the log. */
export type AuditRecordInput = Omit<AuditEventInput, 'time'> & { time?: Date };

/** `set_aside`: the database refused the event (kept in `<dataDir>/outbox/audit.dead.jsonl` for an operator). */
export type AuditRecordResult = { kind: 'appended'; event: AuditEvent } | { kind: 'queued' | 'set_aside'; id: string };

export interface AuditLog {
  /** Appends one event to the hash chain; during a database outage it is kept in the outbox and appended later. */
  record(event: AuditRecordInput): Promise<AuditRecordResult>;
  /** Events waiting in the outbox. */
  pending(): number;
  /** Tries to deliver waiting events now (e.g. before shutdown); resolves to the number still waiting. */
  drain(): Promise<number>;
  close(): Promise<void>;
}

/**
 * The tamper-evident audit log. With `dataDir`, writes go through a durable outbox (`<dataDir>/outbox/audit.jsonl`,
 * fsync before acknowledging) so a brief outage loses nothing; without it, failures reach the caller.
 */
export async function createAuditLog(deps: { audit: AuditRepository; clock: Clock; dataDir?: string; logger?: Logger; baseDelayMs?: number }): Promise<AuditLog> {
  const outbox: DurableWriter<AuditEventInput, AuditEvent> | undefined = deps.dataDir
    ? await createDurableWriter<AuditEventInput, AuditEvent>({
        dir: path.join(deps.dataDir, 'outbox'),
        name: 'audit',
        write: (e) => deps.audit.append(e),
        logger: deps.logger,
        baseDelayMs: deps.baseDelayMs,
      })
    : undefined;
  return {
    record: async (event) => {
      // The id makes a re-delivered append idempotent in both stores.
      const input: AuditEventInput = { ...event, time: event.time ?? deps.clock.now(), id: event.id ?? randomUUID() };
      if (!outbox) return { kind: 'appended', event: await deps.audit.append(input) };
      const outcome = await outbox.submit(input);
      return outcome.kind === 'written' ? { kind: 'appended', event: outcome.result } : { kind: outcome.kind, id: input.id as string };
    },
    pending: () => outbox?.pending() ?? 0,
    drain: async () => (outbox ? outbox.drain() : 0),
    close: async () => {
      await outbox?.close();
    },
  };
}
