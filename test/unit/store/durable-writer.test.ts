import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDurableWriter } from '../../../src/store';

describe('createDurableWriter', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes directly when the target works, queues on disk (dates kept) when it fails, and drains in order', async () => {
    const delivered: { n: number; at: Date }[] = [];
    let fail = false;
    const w = await createDurableWriter<{ n: number; at: Date }, void>({
      dir, name: 'x', baseDelayMs: 60_000,
      write: async (item) => {
        if (fail) throw new Error('database unavailable');
        delivered.push(item);
      },
    });
    expect(await w.submit({ n: 1, at: new Date(1) })).toEqual({ kind: 'written', result: undefined });
    fail = true;
    expect(await w.submit({ n: 2, at: new Date(2) })).toEqual({ kind: 'queued' });
    fail = false;
    // Once something waits, later items queue behind it so order is kept.
    expect(await w.submit({ n: 3, at: new Date(3) })).toEqual({ kind: 'queued' });
    expect(fs.readFileSync(path.join(dir, 'x.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
    expect(await w.drain()).toBe(0);
    expect(delivered.map((d) => d.n)).toEqual([1, 2, 3]);
    expect(delivered[1].at.getTime()).toBe(2);
    expect(fs.readFileSync(path.join(dir, 'x.jsonl'), 'utf8')).toBe('');
    await w.close();
  });

  it('keeps what is still waiting after a partial drain, across a restart', async () => {
    let okUntil = 0;
    const delivered: number[] = [];
    const write = async (n: number) => {
      if (n > okUntil) throw new Error('down');
      delivered.push(n);
    };
    const w = await createDurableWriter<number, void>({ dir, name: 'y', write, baseDelayMs: 60_000 });
    for (const n of [1, 2, 3]) await w.submit(n);
    okUntil = 1;
    expect(await w.drain()).toBe(2);
    await w.close();
    okUntil = 99;
    const again = await createDurableWriter<number, void>({ dir, name: 'y', write, baseDelayMs: 60_000 });
    expect(again.pending()).toBe(2);
    await again.drain();
    expect(delivered).toEqual([1, 2, 3]);
    await again.close();
  });

  it('sets aside an item the database refuses, without blocking the ones behind it', async () => {
    const refused = Object.assign(new Error('Document failed validation'), { name: 'MongoServerError', code: 121 });
    const delivered: number[] = [];
    let down = true;
    const w = await createDurableWriter<number, void>({
      dir, name: 'z', baseDelayMs: 60_000,
      write: async (n) => {
        if (n === 2) throw refused;
        if (down) throw new Error('connection refused');
        delivered.push(n);
      },
    });
    expect(await w.submit(2)).toEqual({ kind: 'set_aside' });
    expect(await w.submit(1)).toEqual({ kind: 'queued' });
    down = false;
    expect(await w.drain()).toBe(0);
    expect(delivered).toEqual([1]);
    expect(fs.readFileSync(path.join(dir, 'z.dead.jsonl'), 'utf8')).toBe('2\n');
    await w.close();
  });

  it('rewrites a file torn by a crash before appending, so no acknowledged item is swallowed', async () => {
    fs.writeFileSync(path.join(dir, 't.jsonl'), '1\n2');
    const delivered: number[] = [];
    let down = true;
    const write = async (n: number) => {
      if (down) throw new Error('down');
      delivered.push(n);
    };
    const w = await createDurableWriter<number, void>({ dir, name: 't', write, baseDelayMs: 60_000 });
    expect(w.pending()).toBe(2);
    await w.submit(3);
    await w.close();
    const again = await createDurableWriter<number, void>({ dir, name: 't', write, baseDelayMs: 60_000 });
    expect(again.pending()).toBe(3);
    down = false;
    await again.drain();
    expect(delivered).toEqual([1, 2, 3]);
    await again.close();
  });
});
