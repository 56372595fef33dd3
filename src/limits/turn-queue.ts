/** A bounded queue of turns: at most `concurrency` run at once and `maxWaiting` wait; beyond that the caller is told. */
export interface TurnQueue {
  /** Runs `fn` when a slot is free; resolves `{ ran: false }` at once when the queue is full, or when the wait exceeds `maxWaitMs`. */
  run<T>(fn: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }>;
  active(): number;
  waiting(): number;
}

export function createTurnQueue(opts: { concurrency: number; maxWaiting: number; maxWaitMs?: number }): TurnQueue {
  const maxWaitMs = opts.maxWaitMs ?? 30_000;
  let active = 0;
  const waiters: { go(): void; timer: NodeJS.Timeout }[] = [];
  const release = () => {
    active -= 1;
    const next = waiters.shift();
    if (next) {
      clearTimeout(next.timer);
      active += 1;
      next.go();
    }
  };
  return {
    async run(fn) {
      if (active >= opts.concurrency) {
        if (waiters.length >= opts.maxWaiting) return { ran: false };
        const admitted = await new Promise<boolean>((resolve) => {
          const waiter = {
            go: () => resolve(true),
            timer: setTimeout(() => {
              const i = waiters.indexOf(waiter);
              if (i >= 0) waiters.splice(i, 1);
              resolve(false);
            }, maxWaitMs),
          };
          waiters.push(waiter);
        });
        if (!admitted) return { ran: false };
      } else active += 1;
      try {
        return { ran: true, value: await fn() };
      } finally {
        release();
      }
    },
    active: () => active,
    waiting: () => waiters.length,
  };
}
