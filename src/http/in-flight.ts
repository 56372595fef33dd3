import type { RequestHandler } from 'express';

/** Counts requests in progress so shutdown can wait for in-flight turns to finish. */
export function createInFlightTracker() {
  let count = 0;
  let waiters: (() => void)[] = [];
  const done = () => {
    count -= 1;
    if (count === 0) {
      for (const w of waiters) w();
      waiters = [];
    }
  };
  const middleware: RequestHandler = (_req, res, next) => {
    count += 1;
    let finished = false;
    const finish = () => {
      if (!finished) {
        finished = true;
        done();
      }
    };
    res.on('finish', finish);
    res.on('close', finish);
    next();
  };
  return {
    middleware,
    get count() {
      return count;
    },
    /** Resolves when nothing is in flight, or after `timeoutMs`. */
    drain(timeoutMs: number): Promise<void> {
      if (count === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const t = setTimeout(resolve, timeoutMs);
        waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    },
  };
}

export type InFlightTracker = ReturnType<typeof createInFlightTracker>;
