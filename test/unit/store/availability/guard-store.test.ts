import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEmbeddedStore } from '../../../../src/store';
import { guardStore } from '../../../../src/store/availability/guard-store';
import { createStoreHealth } from '../../../../src/store/availability/store-health';
import { isStoreUnavailable } from '../../../../src/store/availability/unavailable';
import { withLastKnownReads } from '../../../../src/store/availability/last-known-state';
import type { StateRepository } from '../../../../src/store/types';

const unreachable = () => Object.assign(new Error('connect ECONNREFUSED'), { name: 'MongoServerSelectionError' });

describe('the store behind its health (circuit breaker)', () => {
  it('fails fast while the store is down, probes, and lets operations through again once it answers', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guard-'));
    const raw = await createEmbeddedStore({ dataDir: dir });
    let up = true;
    const calls: string[] = [];
    const state: StateRepository = {
      read: async (keys) => {
        calls.push('read');
        if (!up) throw unreachable();
        return raw.state.read(keys);
      },
      write: (c) => raw.state.write(c),
      delete: (k) => raw.state.delete(k),
    };
    const health = createStoreHealth({ probe: async () => { if (!up) throw unreachable(); }, probeIntervalMs: 20 });
    const changes: boolean[] = [];
    health.onChange((u) => changes.push(u));
    const store = guardStore({ ...raw, state }, health);
    try {
      await store.state.write({ k: 1 });
      expect(await store.state.read(['k'])).toEqual({ k: 1 });
      up = false;
      await expect(store.state.read(['k'])).rejects.toMatchObject({ name: 'MongoServerSelectionError' });
      expect(health.isDown()).toBe(true);
      const before = calls.length;
      const err = await store.state.read(['k']).catch((e) => e);
      expect(isStoreUnavailable(err)).toBe(true);
      expect(calls.length).toBe(before); // refused without touching the store
      // Streams fail at their first step too.
      await expect((async () => { for await (const _ of store.feedback.list({})) void _; })()).rejects.toMatchObject({ code: 'UNAVAILABLE' });
      up = true;
      for (let i = 0; i < 50 && health.isDown(); i++) await new Promise((r) => setTimeout(r, 20));
      expect(health.isDown()).toBe(false);
      expect(await store.state.read(['k'])).toEqual({ k: 1 });
      expect(changes).toEqual([false, true]);
    } finally {
      health.close();
      await raw.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers state reads from the last values read while the store is unreachable', async () => {
    let up = true;
    const data: Record<string, unknown> = { statuses: { entries: [1] } };
    const inner: StateRepository = {
      read: async (keys) => {
        if (!up) throw unreachable();
        return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]]));
      },
      write: async (c) => void Object.assign(data, c),
      delete: async () => undefined,
    };
    const state = withLastKnownReads(inner);
    expect(await state.read(['statuses'])).toEqual({ statuses: { entries: [1] } });
    up = false;
    expect(await state.read(['statuses'])).toEqual({ statuses: { entries: [1] } });
    await expect(state.read(['never-read'])).rejects.toMatchObject({ name: 'MongoServerSelectionError' });
  });
});
