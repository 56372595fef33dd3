import { createRateLimiter } from '../../../src/limits/rate-limiter';
import { createTurnQueue } from '../../../src/limits/turn-queue';

describe('per-person rate limit', () => {
  it('allows a burst up to the limit, then one message per share of the minute, each person apart', () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 3, now: () => now });
    expect([1, 2, 3].map(() => limiter.take('a'))).toEqual([0, 0, 0]);
    expect(limiter.take('a')).toBe(20_000);
    expect(limiter.take('b')).toBe(0);
    now = 20_000;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBeGreaterThan(0);
    expect(createRateLimiter({ perMinute: 0 }).take('x')).toBe(0);
  });
});

describe('bounded turn queue', () => {
  it('runs at most `concurrency` turns, lets `maxWaiting` wait, and refuses the rest at once', async () => {
    const queue = createTurnQueue({ concurrency: 2, maxWaiting: 1 });
    const gates: (() => void)[] = [];
    const slow = () => new Promise<string>((r) => gates.push(() => r('done')));
    const runs = [queue.run(slow), queue.run(slow), queue.run(slow)];
    expect(await queue.run(slow)).toEqual({ ran: false });
    expect([queue.active(), queue.waiting()]).toEqual([2, 1]);
    gates.shift()?.();
    await new Promise((r) => setImmediate(r));
    expect([queue.active(), queue.waiting()]).toEqual([2, 0]);
    while (gates.length) gates.shift()?.();
    await new Promise((r) => setImmediate(r));
    gates.shift()?.();
    expect(await Promise.all(runs)).toEqual([{ ran: true, value: 'done' }, { ran: true, value: 'done' }, { ran: true, value: 'done' }]);
    expect([queue.active(), queue.waiting()]).toEqual([0, 0]);
  });

  it('gives up on a turn that waited too long', async () => {
    const queue = createTurnQueue({ concurrency: 1, maxWaiting: 5, maxWaitMs: 30 });
    let release: () => void = () => undefined;
    const first = queue.run(() => new Promise<void>((r) => (release = r)));
    expect(await queue.run(async () => 'late')).toEqual({ ran: false });
    release();
    expect(await first).toEqual({ ran: true, value: undefined });
  });
});
