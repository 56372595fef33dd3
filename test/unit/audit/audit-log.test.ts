import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAuditLog, verifyAuditChain } from '../../../src/audit';
import { createEmbeddedStore, type AuditRepository } from '../../../src/store';

const clock = { now: () => new Date('2026-02-02T00:00:00Z') };

describe('createAuditLog', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-log-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('appends events with the clock time and a chain that verifies', async () => {
    const store = await createEmbeddedStore({ dataDir: dir });
    const log = await createAuditLog({ audit: store.audit, clock });
    const r = await log.record({ type: 'admin', actor: 'admin-api', action: 'revoke', target: 'u-1', outcome: 'ok' });
    expect(r).toMatchObject({ kind: 'appended', event: { seq: 1, time: clock.now(), action: 'revoke' } });
    await log.record({ type: 'turn', actor: 'u-1', feature: 'qa', outcome: 'answered' });
    expect(await verifyAuditChain(store.audit.list())).toMatchObject({ ok: true, count: 2 });
    await store.close();
  });

  it('queues to the outbox while the repository fails, survives a restart, then appends in order', async () => {
    const store = await createEmbeddedStore({ dataDir: dir });
    let down = true;
    const flaky: AuditRepository = { append: (e) => (down ? Promise.reject(new Error('down')) : store.audit.append(e)), list: (q) => store.audit.list(q) };
    const log = await createAuditLog({ audit: flaky, clock, dataDir: dir, baseDelayMs: 60_000 });
    expect(await log.record({ type: 'turn', actor: 'u-1', outcome: 'answered' })).toMatchObject({ kind: 'queued' });
    expect(await log.record({ type: 'turn', actor: 'u-2', outcome: 'answered' })).toMatchObject({ kind: 'queued' });
    await log.close();
    // A new process finds the outbox on disk.
    down = false;
    const again = await createAuditLog({ audit: flaky, clock, dataDir: dir, baseDelayMs: 10 });
    expect(again.pending()).toBe(2);
    for (let i = 0; i < 50 && again.pending() > 0; i++) await new Promise((r) => setTimeout(r, 20));
    const actors: string[] = [];
    for await (const e of store.audit.list()) actors.push(e.actor);
    expect(actors).toEqual(['u-1', 'u-2']);
    await again.close();
    await store.close();
  });
});
