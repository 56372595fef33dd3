/**
 * A runner that executes the functions given to it one after another, in call order (the next starts when the
 * previous settles, whether it resolved or failed); each call resolves or rejects with its own function.
 */
export function createSerial(): <R>(fn: () => Promise<R>) => Promise<R> {
  let tail: Promise<unknown> = Promise.resolve();
  return <R>(fn: () => Promise<R>): Promise<R> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
}
