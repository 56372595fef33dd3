import { randomUUID } from 'node:crypto';
import type { Collection, Document } from 'mongodb';
import type { Logger } from '../../core/logger';
import type { AuditEvent, AuditEventInput, AuditRepository, LeaseRepository } from '../types';
import { fromDoc, type StoredDoc } from './mongo-docs';
import { timeFilter } from './mongo-records';
import { insertChained, inputOf, type Head } from './mongo-audit-chain';
import { createAuditInbox } from './mongo-audit-inbox';
import { createSerial } from '../../core/serial';
import { isStoreUnavailable, storeUnavailable } from '../availability/unavailable';

const LEASE = 'audit-chain';
type Input = AuditEventInput & { id: string };
type Pending = { input: Input; resolve(e: AuditEvent): void; reject(e: unknown): void };

export interface MongoAuditOptions {
  leases: LeaseRepository;
  /** This store instance's name in leases. */
  holder: string;
  logger?: Logger;
  /** Lease time-to-live (default 10 s); renewed while held, released after a minute with nothing to append. */
  leaseMs?: number;
  idleReleaseMs?: number;
  /** How long a non-leader waits for its event to be chained before the caller's outbox retries it (default 15 s). */
  waitMs?: number;
}

/**
 * The audit chain shared by every instance. One instance at a time holds the `audit-chain` lease and appends: its own
 * events in batches with the head kept in memory (one insert per batch), and the other instances' events from the
 * inbox, which it polls. The others store their events in the inbox (durable at once) and wait for the result. So
 * instances never race for the next seq (the cause of one instance starving), and the unique seq index still refuses
 * a fork if two leaders ever overlap. The head travels with the lease, so a new leader rarely has to look for it.
 */
export function mongoAudit(cols: { audit: Collection<StoredDoc>; inbox: Collection<StoredDoc> }, opts: MongoAuditOptions): AuditRepository & { close(): Promise<void> } {
  const { audit, inbox } = cols;
  const leaseMs = opts.leaseMs ?? 10_000;
  const idleReleaseMs = opts.idleReleaseMs ?? 60_000;
  let leader = false;
  let renewedAt = 0;
  let lastWork = Date.now();
  let head: Head | undefined;
  let local: Pending[] = [];
  // Rounds run one after another; at most one local round waits behind the running one (it takes all queued events).
  const serial = createSerial();
  let queued = false;
  let leading: Promise<boolean> | undefined;
  let pollTimer: NodeJS.Timeout | undefined;
  let pollDelay = 10;
  // While other instances are appending, every round takes their events too, so both sides wait the same.
  let othersActiveUntil = 0;
  // After the database failed to answer, rounds fail at once for a short while (doubling, at most 5 s) instead of each
  // waiting for the driver's server-selection timeout, so events queued behind them reach their outbox quickly.
  let downUntil = 0;
  let downFor = 0;
  const noteFailure = (e: unknown) => {
    if (!isStoreUnavailable(e)) return;
    downFor = Math.min(Math.max(downFor * 2, 500), 5000);
    downUntil = Date.now() + downFor;
  };
  let closed = false;

  const headData = () => (head ? { headSeq: head.seq, headHash: head.hash } : undefined);
  const tryLead = () =>
    (leading ??= (async () => {
      if (leader) return true;
      if (closed || !(await opts.leases.acquire(LEASE, opts.holder, leaseMs))) return false;
      const lease = await opts.leases.get(LEASE);
      const seq = lease?.data?.headSeq;
      head = typeof seq === 'number' ? { seq, hash: String(lease?.data?.headHash) } : undefined;
      leader = true;
      renewedAt = lastWork = Date.now();
      opts.logger?.info({ holder: opts.holder }, 'audit chain: this instance appends');
      schedulePoll(0);
      return true;
    })().finally(() => (leading = undefined)));
  const inboxWaiters = createAuditInbox({ inbox, audit, onPoll: async () => void (await leaseExpired() && (await tryLead()) && kick(true)) });

  async function leaseExpired(): Promise<boolean> {
    if (leader) return false;
    const lease = await opts.leases.get(LEASE);
    return !lease || !lease.holder || lease.expiresAt.getTime() <= Date.now();
  }

  function stepDown(reason: string) {
    if (!leader) return;
    leader = false;
    if (pollTimer) clearTimeout(pollTimer);
    pollTimer = undefined;
    opts.logger?.warn({ reason }, 'audit chain: lease lost; events go through the inbox');
    const moved = local;
    local = [];
    for (const p of moved) inboxWaiters.submit(p.input).then(p.resolve, p.reject);
  }

  async function doRound(withInbox: boolean): Promise<number> {
    const mine = local.splice(0, 500);
    if (Date.now() < downUntil) {
      for (const p of mine) p.reject(storeUnavailable());
      return 0;
    }
    try {
      if (Date.now() - renewedAt > leaseMs / 3) {
        if (!(await opts.leases.renew(LEASE, opts.holder, leaseMs, headData()))) {
          local.unshift(...mine);
          stepDown('renew refused');
          return 0;
        }
        renewedAt = Date.now();
      }
      const others = withInbox || Date.now() < othersActiveUntil
        ? (await inbox.find({ done: false }).limit(500).toArray()).sort((a, b) => (a.at as Date).getTime() - (b.at as Date).getTime())
        : [];
      const seen = new Set<string>();
      const inputs = [...others.map(inputOf), ...mine.map((p) => p.input)].filter((i) => !seen.has(i.id) && seen.add(i.id));
      if (inputs.length === 0) return 0;
      lastWork = Date.now();
      if (others.length > 0) othersActiveUntil = lastWork + 2000;
      const result = await insertChained(audit, inputs, head);
      head = result.head;
      downFor = 0;
      for (const p of mine) p.resolve(result.events.get(p.input.id) as AuditEvent);
      if (others.length) {
        await inbox.bulkWrite(others.map((d) => ({ updateOne: { filter: { _id: d._id }, update: { $set: { done: true, result: result.events.get(d._id) } } } })), { ordered: false });
      }
      return inputs.length;
    } catch (e) {
      // Whatever failed (the database went away mid-round), the callers hear it and their outbox keeps the events.
      noteFailure(e);
      head = undefined;
      for (const p of mine) p.reject(e);
      return 0;
    } finally {
      if (local.length > 0 && leader) kick();
    }
  }

  const runRound = (withInbox: boolean) =>
    serial(() => doRound(withInbox)).catch((e: Error) => {
      opts.logger?.error({ err: e.message }, 'audit chain round failed');
      return 0;
    });
  function kick(withInbox = false): void {
    if (queued && !withInbox) return;
    if (!withInbox) queued = true;
    void serial(async () => {
      if (!withInbox) queued = false;
      return leader ? doRound(withInbox) : 0;
    }).catch((e: Error) => opts.logger?.error({ err: e.message }, 'audit chain round failed'));
  }

  // While leading: the inbox is polled often when others are appending, rarely when not; an idle leader lets go.
  function schedulePoll(delay: number) {
    if (closed || !leader || pollTimer) return;
    pollTimer = setTimeout(async () => {
      pollTimer = undefined;
      if (!leader) return;
      if (Date.now() - lastWork > idleReleaseMs && local.length === 0 && !queued) {
        leader = false;
        await opts.leases.release(LEASE, opts.holder, headData()).catch(() => undefined);
        return;
      }
      const found = await runRound(true);
      pollDelay = found > 0 ? 10 : Math.min(pollDelay * 2, 100);
      schedulePoll(Math.max(pollDelay, downUntil - Date.now()));
    }, delay);
    pollTimer.unref();
  }

  return {
    append: async (event) => {
      const input: Input = { ...event, id: event.id ?? randomUUID() };
      if (leader || (await tryLead())) {
        return new Promise<AuditEvent>((resolve, reject) => {
          local.push({ input, resolve, reject });
          kick();
        });
      }
      return inboxWaiters.submit(input);
    },
    list: async function* (query) {
      const filter: Document = { ...timeFilter('time', query ?? {}) };
      if (query?.unit) filter.unit = query.unit;
      if (query?.type) filter.type = query.type;
      for await (const doc of audit.find(filter).sort({ seq: 1 })) yield fromDoc<AuditEvent>(doc);
    },
    close: async () => {
      closed = true;
      if (pollTimer) clearTimeout(pollTimer);
      pollTimer = undefined;
      await serial(async () => 0);
      inboxWaiters.close();
      if (leader) {
        leader = false;
        await opts.leases.release(LEASE, opts.holder, headData()).catch(() => undefined);
      }
    },
  };
}
