import { createLeasedJob } from '../../../src/jobs/leased-job';
import { storeKinds } from '../../helpers/store-kinds';

describe('a job that runs once per period across instances', () => {
  for (const kind of storeKinds()) {
    it(`runs on exactly one of several instances per period, again the next period, and after a crashed run (${kind.name})`, async () => {
      let now = Date.parse('2026-03-01T10:00:00Z');
      const clock = { now: () => new Date(now) };
      const { store, cleanup } = await kind.create(clock);
      try {
        const runs: string[] = [];
        const instance = (holder: string, run = async () => void runs.push(holder)) =>
          createLeasedJob({ name: 'retention-purge', periodMs: 24 * 3600_000, offsetMs: 18 * 3600_000, run, store, clock, holder, leaseMs: 60_000 });
        const jobs = ['A', 'B', 'C'].map((h) => instance(h));
        const first = await Promise.all(jobs.map((j) => j.check()));
        expect(runs).toHaveLength(1);
        expect(first.filter((r) => r.ran)).toHaveLength(1);
        await Promise.all(jobs.map((j) => j.check()));
        expect(runs).toHaveLength(1);
        now += 24 * 3600_000; // the next night
        await Promise.all(jobs.map((j) => j.check()));
        expect(runs).toHaveLength(2);

        // An instance that dies mid-run: its lease expires, and the next check elsewhere runs the period again.
        now += 24 * 3600_000;
        const dying = instance('D', () => new Promise(() => undefined));
        void dying.check();
        await new Promise((r) => setTimeout(r, 200));
        expect(await jobs[0].check()).toEqual({ ran: false, why: 'running_elsewhere' });
        now += 61_000;
        expect(await jobs[1].check()).toMatchObject({ ran: true });
        expect(runs).toHaveLength(3);
        expect(runs[2]).toBe('B');
      } finally {
        await cleanup();
      }
    });
  }
});
