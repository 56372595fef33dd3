/** A per-key token bucket: `perMinute` messages a minute on average, up to `perMinute` at once. */
export interface RateLimiter {
  /** Takes one token for `key`: 0 when allowed, else the milliseconds until the next token. */
  take(key: string): number;
}

/** Creates the limiter (`perMinute` 0 = no limit); at most `maxKeys` people are remembered (the least recent go first). */
export function createRateLimiter(opts: { perMinute: number; now?: () => number; maxKeys?: number }): RateLimiter {
  const now = opts.now ?? Date.now;
  const capacity = opts.perMinute;
  const perMs = capacity / 60_000;
  const maxKeys = opts.maxKeys ?? 100_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key) {
      if (capacity <= 0) return 0;
      const t = now();
      const b = buckets.get(key) ?? { tokens: capacity, at: t };
      buckets.delete(key);
      b.tokens = Math.min(capacity, b.tokens + (t - b.at) * perMs);
      b.at = t;
      buckets.set(key, b);
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.ceil((1 - b.tokens) / perMs);
    },
  };
}
