import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEmbeddedStore } from '../../../src/store';
import { openJsonlCollection } from '../../../src/store/embedded/jsonl-collection';

describe('embedded store files', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsonl-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('skips a line torn by a crash and keeps every complete write', async () => {
    const col = await openJsonlCollection<{ n: number }>({ dir, name: 'c' });
    await col.put('a', { n: 1 });
    await col.put('b', { n: 2 });
    await col.close();
    fs.appendFileSync(path.join(dir, 'c.jsonl'), '{"k":"c","d":{"n":');
    const again = await openJsonlCollection<{ n: number }>({ dir, name: 'c' });
    expect(again.values()).toEqual([{ n: 1 }, { n: 2 }]);
    await again.put('d', { n: 4 });
    await again.close();
    expect((await openJsonlCollection<{ n: number }>({ dir, name: 'c' })).values()).toEqual([{ n: 1 }, { n: 2 }, { n: 4 }]);
  });

  it('keeps a complete last line whose newline was lost, and the next append after it', async () => {
    fs.writeFileSync(path.join(dir, 'c.jsonl'), '{"k":"a","d":{"n":1}}');
    const col = await openJsonlCollection<{ n: number }>({ dir, name: 'c' });
    await col.put('b', { n: 2 });
    await col.close();
    expect((await openJsonlCollection<{ n: number }>({ dir, name: 'c' })).values()).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('compacts after many overwrites without losing the latest values', async () => {
    const col = await openJsonlCollection<{ n: number }>({ dir, name: 'c', compactAfter: 10 });
    for (let i = 0; i < 50; i++) await col.put(`k${i % 3}`, { n: i });
    await col.delete(['k0']);
    await col.close();
    const lines = fs.readFileSync(path.join(dir, 'c.jsonl'), 'utf8').trim().split('\n');
    expect(lines.length).toBeLessThan(20);
    const again = await openJsonlCollection<{ n: number }>({ dir, name: 'c' });
    expect([again.get('k0'), again.get('k1'), again.get('k2')]).toEqual([undefined, { n: 49 }, { n: 47 }]);
  });

  it('acknowledges each of many concurrent puts only once its own line is on disk, and shows it to readers only then', async () => {
    const col = await openJsonlCollection<{ n: number }>({ dir, name: 'c' });
    const file = path.join(dir, 'c.jsonl');
    const onDisk: boolean[] = [];
    const puts = Array.from({ length: 40 }, (_, i) => {
      const p = col.put(`k${i}`, { n: i }).then(() => {
        onDisk[i] = fs.readFileSync(file, 'utf8').includes(`{"k":"k${i}","d":{"n":${i}}}`);
      });
      // Not yet written: readers must not see it.
      expect(col.get(`k${i}`)).toBeUndefined();
      return p;
    });
    await Promise.all(puts);
    expect(onDisk).toEqual(Array(40).fill(true));
    expect(col.size()).toBe(40);
    await col.close();
    expect((await openJsonlCollection<{ n: number }>({ dir, name: 'c' })).values()).toEqual(Array.from({ length: 40 }, (_, i) => ({ n: i })));
  });

  it('applies puts and deletes in call order even when they are queued together', async () => {
    const col = await openJsonlCollection<{ n: number }>({ dir, name: 'c' });
    const ops = [col.put('a', { n: 1 }), col.put('b', { n: 1 }), col.delete(['a', 'b']), col.put('a', { n: 2 })];
    await Promise.all(ops);
    expect(await ops[2]).toBe(2);
    expect(col.get('a')).toEqual({ n: 2 });
    expect(col.has('b')).toBe(false);
    await col.close();
    const again = await openJsonlCollection<{ n: number }>({ dir, name: 'c' });
    expect(again.values()).toEqual([{ n: 2 }]);
  });

  it('keeps a later change by the caller out of a queued document', async () => {
    const col = await openJsonlCollection<{ n: number }>({ dir, name: 'c' });
    const doc = { n: 1 };
    const p = col.put('a', doc);
    doc.n = 99;
    await p;
    expect(col.get('a')).toEqual({ n: 1 });
    await col.close();
    expect((await openJsonlCollection<{ n: number }>({ dir, name: 'c' })).get('a')).toEqual({ n: 1 });
  });

  it('refuses writes when opened read-only and never rewrites the file', async () => {
    const col = await openJsonlCollection<{ n: number }>({ dir, name: 'c' });
    await col.put('a', { n: 1 });
    const ro = await openJsonlCollection<{ n: number }>({ dir, name: 'c', readOnly: true });
    expect(ro.get('a')).toEqual({ n: 1 });
    await expect(ro.put('b', { n: 2 })).rejects.toThrow(/read-only/);
    await col.close();
  });

  it('lets one writer open a data folder at a time; read-only readers are allowed beside it', async () => {
    const store = await createEmbeddedStore({ dataDir: dir });
    await expect(createEmbeddedStore({ dataDir: dir })).rejects.toThrow(/already open/);
    const reader = await createEmbeddedStore({ dataDir: dir, readOnly: true });
    await reader.close();
    await store.close();
    const next = await createEmbeddedStore({ dataDir: dir });
    await next.close();
  });

  it('takes over the lock of a process that no longer exists', async () => {
    fs.mkdirSync(path.join(dir, 'store'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'store', 'LOCK'), '999999999');
    const store = await createEmbeddedStore({ dataDir: dir });
    await store.close();
  });
});
