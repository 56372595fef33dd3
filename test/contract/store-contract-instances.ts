import { verifyAuditChain } from '../../src/audit/verify-audit-chain';
import type { AuditEventInput, Store } from '../../src/store/types';
import type { StoreHarness } from './store-contract';

const ev = (n: number): AuditEventInput => ({ time: new Date(Date.UTC(2026, 0, 10, 8, 0, n)), type: 'turn', actor: `u-${n}`, outcome: 'answered' });
const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

/** What several instances on one store rely on: atomic first writes, expiring values, leases (run by both stores). */
export function runInstanceContract(name: string, harness: () => StoreHarness): void {
  describe(`Store contract, shared by instances: ${name}`, () => {
    let h: StoreHarness;
    let store: Store;
    const extra: Store[] = [];
    beforeEach(async () => {
      h = harness();
      store = await h.open();
    });
    afterEach(async () => {
      for (const s of extra.splice(0)) await s.close().catch(() => undefined);
      await store.close().catch(() => undefined);
      await h.cleanup();
    });
    const other = async () => {
      if (!h.multiInstance) return store;
      const s = await h.reopen();
      extra.push(s);
      return s;
    };

    it('state: putIfAbsent stores once; concurrent callers (two instances) all get the first value', async () => {
      const b = await other();
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? store : b).state.putIfAbsent!('salt', `salt-${i}`)));
      expect(new Set(results).size).toBe(1);
      expect((await store.state.read(['salt'])).salt).toBe(results[0]);
      expect(await store.state.putIfAbsent!('salt', 'later')).toBe(results[0]);
    });

    it('state: concurrent first writes of one key (one person\'s messages at once) all succeed', async () => {
      const b = await other();
      await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? store : b).state.write({ 'convref/u-1': { n: i } })));
      expect(Object.keys(await store.state.read(['convref/u-1']))).toEqual(['convref/u-1']);
    });

    it('expiring: a value is read back until it expires, never after; put replaces; delete removes', async () => {
      await store.expiring.put('meeting-summary', 'u-1', { title: 'Giao ban tuần', n: 1 }, 60_000);
      expect(await (await other()).expiring.get('meeting-summary', 'u-1')).toEqual({ title: 'Giao ban tuần', n: 1 });
      await store.expiring.put('meeting-summary', 'u-1', { n: 2 }, 60_000);
      expect(await store.expiring.get('meeting-summary', 'u-1')).toEqual({ n: 2 });
      await store.expiring.put('meeting-summary', 'gone', { n: 3 }, 1);
      await new Promise((r) => setTimeout(r, 20));
      expect(await store.expiring.get('meeting-summary', 'gone')).toBeUndefined();
      expect(await store.expiring.take('meeting-summary', 'gone')).toBeUndefined();
      await store.expiring.delete('meeting-summary', 'u-1');
      expect(await store.expiring.get('meeting-summary', 'u-1')).toBeUndefined();
      expect(await store.expiring.get('other-namespace', 'u-1')).toBeUndefined();
    });

    it('expiring: take gives a value to one caller only, across instances (one-time codes, file offers)', async () => {
      const b = await other();
      await store.expiring.put('link-code', '482913', { userId: 'oid-1' }, 60_000);
      const got = await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? store : b).expiring.take('link-code', '482913')));
      expect(got.filter(Boolean)).toEqual([{ userId: 'oid-1' }]);
    });

    it('expiring: putIfAbsent lets one caller win, and an expired value does not block it', async () => {
      const b = await other();
      const won = await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? store : b).expiring.putIfAbsent('job-run', 'purge@2026-01-10', { by: i }, 60_000)));
      expect(won.filter(Boolean)).toHaveLength(1);
      await store.expiring.put('job-run', 'old', { by: 'x' }, 1);
      await new Promise((r) => setTimeout(r, 20));
      expect(await b.expiring.putIfAbsent('job-run', 'old', { by: 'y' }, 60_000)).toBe(true);
      expect(await store.expiring.get('job-run', 'old')).toEqual({ by: 'y' });
    });

    it('expiring: sweep removes only expired values', async () => {
      await store.expiring.put('a', '1', 1, 1);
      await store.expiring.put('a', '2', 2, 60_000);
      await new Promise((r) => setTimeout(r, 20));
      expect(await store.expiring.sweep()).toBe(1);
      expect(await store.expiring.get('a', '2')).toBe(2);
    });

    it('leases: one holder at a time; renew and release by the holder only; an expired lease can be taken', async () => {
      const b = await other();
      expect(await store.leases.acquire('purge', 'A', 60_000)).toBe(true);
      expect(await b.leases.acquire('purge', 'B', 60_000)).toBe(false);
      expect(await store.leases.acquire('purge', 'A', 60_000)).toBe(true);
      expect(await b.leases.renew('purge', 'B', 60_000)).toBe(false);
      expect(await store.leases.renew('purge', 'A', 60_000, { lastRun: '2026-01-10' })).toBe(true);
      await b.leases.release('purge', 'B');
      expect((await b.leases.get('purge'))?.holder).toBe('A');
      await store.leases.release('purge', 'A', { lastRun: '2026-01-11' });
      expect(await b.leases.acquire('purge', 'B', 1)).toBe(true);
      expect((await store.leases.get('purge'))?.data).toEqual({ lastRun: '2026-01-11' });
      await new Promise((r) => setTimeout(r, 20));
      expect(await store.leases.acquire('purge', 'A', 60_000)).toBe(true);
      const contenders = await Promise.all(['C', 'D', 'E'].map((x, i) => (i % 2 ? store : b).leases.acquire('fresh', x, 60_000)));
      expect(contenders.filter(Boolean)).toHaveLength(1);
    });

    it('audit: two instances appending at once both progress, in one chain that verifies', async () => {
      const b = await other();
      const done = { a: 0, b: 0 };
      await Promise.all(Array.from({ length: 40 }, async (_, i) => {
        await (i % 2 ? store : b).audit.append(ev(i));
        done[i % 2 ? 'a' : 'b'] += 1;
      }));
      expect(done).toEqual({ a: 20, b: 20 });
      const all = await collect(store.audit.list());
      expect(all.map((e) => e.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      expect(await verifyAuditChain(all)).toMatchObject({ ok: true, count: 40 });
    });
  });
}
