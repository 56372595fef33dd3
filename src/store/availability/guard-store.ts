import type { Store } from '../types';
import type { StoreHealth } from './store-health';
import { isStoreUnavailable, storeUnavailable } from './unavailable';

type AnyFn = (...args: unknown[]) => unknown;

/** Repositories stream with async generators (list, export): calling one runs nothing until it is iterated. */
const isAsyncGeneratorFunction = (fn: unknown) => (fn as { constructor?: { name?: string } }).constructor?.name === 'AsyncGeneratorFunction';

/** Told of each failed operation (metrics). */
export type StoreErrorListener = (repository: string, unavailable: boolean) => void;

/** Wraps one repository: fail fast while the store is down, report what operations learn about reachability. */
function guardRepository<T extends object>(repo: T, health: StoreHealth, name: string, onError?: StoreErrorListener): T {
  const observe = (e: unknown) => {
    const unavailable = isStoreUnavailable(e);
    if (unavailable) health.reportUnreachable(e);
    onError?.(name, unavailable);
    throw e;
  };
  const guardIterable = (make: () => AsyncIterable<unknown>): AsyncIterable<unknown> => ({
    async *[Symbol.asyncIterator]() {
      if (health.isDown()) {
        onError?.(name, true);
        throw storeUnavailable();
      }
      try {
        yield* make();
        health.reportReachable();
      } catch (e) {
        observe(e);
      }
    },
  });
  return new Proxy(repo, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      if (isAsyncGeneratorFunction(value)) return (...args: unknown[]) => guardIterable(() => (value as AnyFn).apply(target, args) as AsyncIterable<unknown>);
      return (...args: unknown[]) => {
        // Fails now, as the real call would after its server-selection timeout.
        if (health.isDown()) {
          onError?.(name, true);
          return Promise.reject(storeUnavailable());
        }
        const result = (value as AnyFn).apply(target, args);
        if (result instanceof Promise) {
          return result.then((v) => {
            health.reportReachable();
            return v;
          }, observe);
        }
        return result;
      };
    },
  });
}

/**
 * The store seen through its health: each repository fails fast while the store is unreachable, and every operation
 * tells the breaker what it learnt. `ping` and `close` stay direct (the probe and shutdown must reach the real store).
 */
export function guardStore(store: Store, health: StoreHealth, opts: { onError?: StoreErrorListener } = {}): Store {
  const guarded: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(store)) {
    guarded[key] = typeof value === 'object' && value !== null ? guardRepository(value, health, key, opts.onError) : value;
  }
  const ping = async () => {
    try {
      await store.ping();
    } catch (e) {
      health.reportUnreachable(e);
      throw e;
    }
    health.reportReachable();
  };
  return { ...(guarded as unknown as Store), kind: store.kind, ping, purge: (c) => store.purge(c), close: () => store.close() };
}
