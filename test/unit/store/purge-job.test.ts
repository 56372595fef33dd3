import { createPurgeJob, type PurgeCutoffs, type Store } from '../../../src/store';

describe('createPurgeJob', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const daysBefore = (d: number) => new Date(now.getTime() - d * 86400_000);

  it('turns retention days into cutoffs: notes only for users revoked longer ago than the notes period', async () => {
    const seen: PurgeCutoffs[] = [];
    const store = { purge: async (c: PurgeCutoffs) => (seen.push(c), { answers: 2 }) } as unknown as Store;
    const job = createPurgeJob({ store, retentionDays: { answers: 30, feedback: 60, audit: 365, notes: 90, appeals: 120 }, clock: { now: () => now } });
    expect(await job.runOnce()).toEqual({ answers: 2 });
    expect(seen).toEqual([{ answers: daysBefore(30), feedback: daysBefore(60), audit: daysBefore(365), revokedUserNotes: daysBefore(90), appeals: daysBefore(120) }]);
  });

  it('runs at start and on each interval until stopped, surviving a failed run', async () => {
    jest.useFakeTimers();
    try {
      let calls = 0;
      const store = { purge: async () => { calls++; if (calls === 1) throw new Error('db down'); return {}; } } as unknown as Store;
      const job = createPurgeJob({ store, retentionDays: { answers: 1, feedback: 1, audit: 1, notes: 1 }, clock: { now: () => now }, intervalMs: 1000 });
      job.start();
      await jest.advanceTimersByTimeAsync(2500);
      expect(calls).toBe(3);
      job.stop();
      await jest.advanceTimersByTimeAsync(5000);
      expect(calls).toBe(3);
    } finally {
      jest.useRealTimers();
    }
  });
});
