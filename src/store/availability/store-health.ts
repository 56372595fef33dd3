import type { Logger } from '../../core/logger';

/** What the service knows about the store's reachability, from its own operations and a probe while it is down. */
export interface StoreHealth {
  /** True while the store is known unreachable: operations fail at once instead of waiting for a timeout each. */
  isDown(): boolean;
  /** Since when it is down (undefined when up). */
  downSince(): Date | undefined;
  /** An operation failed because the store could not be reached. */
  reportUnreachable(err: unknown): void;
  /** An operation succeeded. */
  reportReachable(): void;
  /** Calls `listener` with true when the store comes back, false when it goes down. */
  onChange(listener: (up: boolean) => void): void;
  /** Stops the probe. */
  close(): void;
}

export interface StoreHealthOptions {
  /** Checks the store (a ping), rejecting when unreachable. */
  probe: () => Promise<void>;
  /** How often the probe runs while the store is down (default 1 s). */
  probeIntervalMs?: number;
  logger?: Logger;
  now?: () => Date;
}

/**
 * A circuit breaker on the store: after an operation fails for reachability, further operations fail fast and a probe
 * runs every `probeIntervalMs` until the store answers again. Bounded retries with no 5 s wait per request.
 */
export function createStoreHealth(opts: StoreHealthOptions): StoreHealth {
  const now = opts.now ?? (() => new Date());
  const interval = opts.probeIntervalMs ?? 1000;
  const listeners: ((up: boolean) => void)[] = [];
  let since: Date | undefined;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const emit = (up: boolean) => {
    for (const l of listeners) {
      try {
        l(up);
      } catch {
        // A listener's failure must not stop the breaker.
      }
    }
  };
  const up = () => {
    if (!since) return;
    opts.logger?.info({ downMs: now().getTime() - since.getTime() }, 'store reachable again');
    since = undefined;
    if (timer) clearTimeout(timer);
    timer = undefined;
    emit(true);
  };
  const scheduleProbe = () => {
    if (closed || timer || !since) return;
    timer = setTimeout(() => {
      timer = undefined;
      opts.probe().then(up, () => scheduleProbe());
    }, interval);
    timer.unref();
  };
  return {
    isDown: () => since !== undefined,
    downSince: () => since,
    reportUnreachable(err) {
      if (since) return;
      since = now();
      opts.logger?.warn({ err: (err as Error)?.message }, 'store unreachable: failing fast and keeping writes in the outbox until it answers');
      emit(false);
      scheduleProbe();
    },
    reportReachable: up,
    onChange: (l) => void listeners.push(l),
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
