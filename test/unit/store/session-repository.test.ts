import { createMemoryExpiring } from '../../../src/store/expiring/memory-expiring';
import { createSessionRepository } from '../../../src/store/expiring/session-repository';

describe('sessions shared by instances (console sessions)', () => {
  let now = Date.parse('2026-03-01T08:00:00Z');
  const clock = { now: () => new Date(now) };
  const expiring = createMemoryExpiring(clock);
  const open = () => createSessionRepository<{ userId: string }>({ expiring, namespace: 'console-session', idleMs: 30 * 60_000, absoluteMs: 8 * 3600_000, clock });

  it('is found on another instance, slides while used, ends when idle, at its absolute limit, or when destroyed', async () => {
    const a = open();
    const b = open();
    const s = await a.create({ userId: 'oid-1' });
    expect(s.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await b.get(s.id))?.data).toEqual({ userId: 'oid-1' });
    // Used every 20 minutes on either instance, it stays alive for 7 h 40 min…
    for (let i = 0; i < 23; i++) {
      now += 20 * 60_000;
      expect((await (i % 2 ? a : b).get(s.id))?.data.userId).toBe('oid-1');
    }
    now += 20 * 60_000; // …and ends at its 8-hour limit however it is used.
    expect(await a.get(s.id)).toBeUndefined();

    const idle = await a.create({ userId: 'oid-2' });
    now += 31 * 60_000;
    expect(await b.get(idle.id)).toBeUndefined();

    const gone = await a.create({ userId: 'oid-3' });
    expect(await b.update(gone.id, { userId: 'oid-3b' })).toBe(true);
    expect((await a.get(gone.id))?.data.userId).toBe('oid-3b');
    await b.destroy(gone.id);
    expect(await a.get(gone.id)).toBeUndefined();
  });

  it('stores only a hash of the session id', async () => {
    const s = await open().create({ userId: 'oid-9' });
    expect(await expiring.get('console-session', s.id)).toBeUndefined();
  });
});
