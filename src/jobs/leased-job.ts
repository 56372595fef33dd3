import os from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { ExpiringRepository, LeaseRepository } from '../store/types';

/** What the instances record about one period's run of a job (namespace "job-run", key "<job>@<period>"). */
export interface JobRun {
  holder: string;
  startedAt: string;
  /** Refreshed while it runs; a run not refreshed for a lease's time-to-live was abandoned. */
  aliveAt: string;
  done?: boolean;
  finishedAt?: string;
  result?: unknown;
}

export interface LeasedJobOptions<R> {
  /** The job's name, e.g. "retention-purge". */
  name: string;
  /** One run per period: periods are counted from the epoch, shifted by `offsetMs` (e.g. to run at night). */
  periodMs: number;
  offsetMs?: number;
  run: () => Promise<R>;
  store: { leases: LeaseRepository; expiring: ExpiringRepository };
  clock: Clock;
  logger?: Logger;
  /** How often each instance checks whether this period's run is due (default 1 min). */
  checkEveryMs?: number;
  /** Lease time-to-live, renewed while the job runs (default 5 min). */
  leaseMs?: number;
  /** This instance's name in the lease (default host, process and a random suffix). */
  holder?: string;
}

export interface LeasedJob<R> {
  start(): void;
  stop(): void;
  /** Checks now: runs this period's run here when it is due and nobody else runs it. */
  check(): Promise<{ ran: true; result: R } | { ran: false; why: 'done' | 'running_elsewhere' }>;
}

/**
 * A job that must run once per period across every instance (the retention purge, report schedules): each instance
 * checks every minute; the one that takes the job's lease records the period's run, runs it, and marks it done, so no
 * other instance runs that period again. A holder that dies mid-run loses the lease after its time-to-live and the next
 * check elsewhere runs the period again (jobs must be idempotent). No cron job, nothing kept in a process.
 */
export function createLeasedJob<R>(opts: LeasedJobOptions<R>): LeasedJob<R> {
  const holder = opts.holder ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseName = `job:${opts.name}`;
  const leaseMs = opts.leaseMs ?? 5 * 60_000;
  const now = () => opts.clock.now().getTime();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;

  const check: LeasedJob<R>['check'] = async () => {
    const period = Math.floor((now() - (opts.offsetMs ?? 0)) / opts.periodMs);
    const runKey = `${opts.name}@${period}`;
    if ((await opts.store.expiring.get<JobRun>('job-run', runKey))?.done) return { ran: false, why: 'done' };
    if (!(await opts.store.leases.acquire(leaseName, holder, leaseMs))) return { ran: false, why: 'running_elsewhere' };
    const keep = opts.periodMs * 2;
    const stamp = () => new Date(now()).toISOString();
    const started: JobRun = { holder, startedAt: stamp(), aliveAt: stamp() };
    const renew = setInterval(() => {
      void opts.store.leases.renew(leaseName, holder, leaseMs).catch(() => undefined);
      void opts.store.expiring.put('job-run', runKey, { ...started, aliveAt: stamp() }, keep).catch(() => undefined);
    }, leaseMs / 3);
    renew.unref();
    try {
      const seen = await opts.store.expiring.get<JobRun>('job-run', runKey);
      if (seen?.done) return { ran: false, why: 'done' };
      // A run recorded and still refreshed belongs to another holder (two holders can overlap briefly on FerretDB);
      // one not refreshed for a lease's time-to-live was abandoned by a holder that died: this instance runs it again.
      if (seen && now() - Date.parse(seen.aliveAt) < leaseMs) return { ran: false, why: 'running_elsewhere' };
      if (seen) await opts.store.expiring.put('job-run', runKey, started, keep);
      else if (!(await opts.store.expiring.putIfAbsent('job-run', runKey, started, keep))) return { ran: false, why: 'running_elsewhere' };
      const result = await opts.run();
      await opts.store.expiring.put('job-run', runKey, { ...started, done: true, finishedAt: new Date(now()).toISOString(), result }, keep);
      opts.logger?.info({ job: opts.name, period }, 'job ran on this instance');
      return { ran: true, result };
    } finally {
      clearInterval(renew);
      await opts.store.leases.release(leaseName, holder).catch(() => undefined);
    }
  };
  const tick = () => {
    if (running) return;
    running = check()
      .catch((e: Error) => opts.logger?.error({ job: opts.name, err: e.message }, 'job check failed; will retry at the next check'))
      .finally(() => (running = undefined));
  };
  return {
    start() {
      if (timer) return;
      tick();
      timer = setInterval(tick, opts.checkEveryMs ?? 60_000);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
    check,
  };
}
