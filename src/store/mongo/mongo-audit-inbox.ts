import type { Collection } from 'mongodb';
import type { AuditEvent, AuditEventInput } from '../types';
import { isStoreUnavailable } from '../availability/unavailable';
import { isDuplicateKey } from './mongo-connect';
import type { StoredDoc } from './mongo-docs';

type Waiter = { resolve(e: AuditEvent): void; reject(e: Error): void; deadline: number };

/**
 * The audit inbox of an instance that does not hold the chain lease: its events are stored (durably) in `audit_inbox`,
 * the chain leader appends them and writes each result back, and one poller per instance collects the results of all
 * its waiting events in one query (only `_id` lookups on a small collection).
 */
export function createAuditInbox(deps: {
  inbox: Collection<StoredDoc>;
  audit: Collection<StoredDoc>;
  /** Called on each poll: may take the lease when its holder is gone. */
  onPoll: () => Promise<void>;
  pollMs?: number;
  waitMs?: number;
  now?: () => number;
}) {
  const now = deps.now ?? Date.now;
  const pollMs = deps.pollMs ?? 5;
  const waitMs = deps.waitMs ?? 15_000;
  const waiting = new Map<string, Waiter>();
  let timer: NodeJS.Timeout | undefined;
  let polling = false;

  const settle = (id: string, fn: (w: Waiter) => void) => {
    const w = waiting.get(id);
    if (!w) return;
    waiting.delete(id);
    fn(w);
  };
  const poll = async () => {
    const ids = [...waiting.keys()];
    try {
      const done = await deps.inbox.find({ _id: { $in: ids }, done: true }).toArray();
      for (const doc of done) settle(doc._id, (w) => w.resolve(doc.result as AuditEvent));
      if (done.length) await deps.inbox.deleteMany({ _id: { $in: done.map((d) => d._id) } });
    } catch (e) {
      // The database went away: the callers hear it now (their outbox re-delivers, idempotent by id) rather than
      // waiting, turn and all, for the whole outage.
      if (!isStoreUnavailable(e)) throw e;
      for (const id of ids) settle(id, (w) => w.reject(e as Error));
    } finally {
      for (const [id, w] of waiting) if (now() > w.deadline) settle(id, (x) => x.reject(new Error('audit append: the chain leader did not append the event in time')));
    }
    await deps.onPoll();
  };
  const schedule = () => {
    if (timer || polling || waiting.size === 0) return;
    timer = setTimeout(() => {
      timer = undefined;
      polling = true;
      poll()
        .catch(() => undefined)
        .finally(() => {
          polling = false;
          schedule();
        });
    }, pollMs);
  };

  return {
    /** Stores the event in the inbox (idempotent by id) and resolves with it once the leader has chained it. */
    async submit(input: AuditEventInput & { id: string }): Promise<AuditEvent> {
      const { id, ...event } = input;
      try {
        await deps.inbox.insertOne({ _id: id, event, at: new Date(now()), done: false });
      } catch (e) {
        if (!isDuplicateKey(e)) throw e;
        // Re-delivered: it may be chained already and its inbox entry collected.
        const chained = await deps.audit.findOne({ _id: id });
        const waitingDoc = await deps.inbox.findOne({ _id: id });
        if (chained && !waitingDoc) return { ...(chained as unknown as AuditEvent), id };
      }
      const result = new Promise<AuditEvent>((resolve, reject) => waiting.set(id, { resolve, reject, deadline: now() + waitMs }));
      schedule();
      return result;
    },
    waiting: () => waiting.size,
    close() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      for (const id of [...waiting.keys()]) settle(id, (w) => w.reject(new Error('audit append: closing')));
    },
  };
}
