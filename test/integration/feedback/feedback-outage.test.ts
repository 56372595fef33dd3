import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createRecordFeedback } from '../../../src/feedback';
import { createAuditLog, verifyAuditChain } from '../../../src/audit';
import { createDurableFeedbackRepository, createMongoStore, type Store } from '../../../src/store';
import { createFakeGate } from '../../helpers/fake-gate';
import { findFerretdb, startFerretdb, type FerretdbProcess } from '../../helpers/ferretdb';

const bin = findFerretdb();
const logger = pino({ level: 'silent' });
const clock = { now: () => new Date() };

if (!bin) {
  console.warn('FerretDB binary not found (FERRETDB_BIN, $HOME/go/bin/ferretdb or PATH): skipping the database outage test; build it with .ci/ferretdb.sh');
  describe.skip('feedback during a database outage', () => it('needs FerretDB', () => undefined));
} else {
  describe('feedback during a database outage', () => {
    let db: FerretdbProcess;
    let store: Store;
    let dataDir: string;
    beforeAll(async () => {
      db = await startFerretdb(bin);
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'outage-'));
      store = await createMongoStore({ uri: db.uri, dbName: 'outage', logger, connect: { serverSelectionTimeoutMS: 1000 } });
    });
    afterAll(async () => {
      await store?.close();
      await db?.dispose();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('keeps every acknowledged feedback and audit event when the database stops mid-burst and comes back', async () => {
      const feedback = await createDurableFeedbackRepository({ inner: store.feedback, dataDir, logger, baseDelayMs: 100 });
      const audit = await createAuditLog({ audit: store.audit, clock, dataDir, logger, baseDelayMs: 100 });
      const record = createRecordFeedback({ store: { answers: store.answers, feedback }, gate: createFakeGate(), clock, logger, audit });
      const acknowledged: string[] = [];
      const send = async (i: number) => {
        const r = await record({ reaction: i % 3 ? 'like' : 'dislike', feedback: JSON.stringify({ feedbackText: `Góp ý số ${i}` }), replyToId: `act-${i}`, userId: `u-${i % 5}`, conversationType: 'personal' });
        if (r.kind !== 'recorded') throw new Error(`not recorded: ${r.kind}`);
        acknowledged.push(r.id);
      };
      // A steady burst; the database is killed while writes are in flight, more arrive while it is down, then it comes back.
      const burst = Promise.all(Array.from({ length: 20 }, (_, i) => new Promise((r) => setTimeout(r, i * 15)).then(() => send(i))));
      while (acknowledged.length < 5) await new Promise((r) => setTimeout(r, 5));
      await db.stop();
      await Promise.all(Array.from({ length: 10 }, (_, i) => send(20 + i)));
      // During the outage acknowledgements come from the outbox: no error reaches the user.
      expect(feedback.outbox.pending()).toBeGreaterThan(0);
      expect(audit.pending()).toBeGreaterThan(0);
      await db.start();
      await burst;
      for (let i = 30; i < 35; i++) await send(i);
      for (let i = 0; i < 100 && (feedback.outbox.pending() > 0 || audit.pending() > 0); i++) {
        await feedback.outbox.drain();
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(feedback.outbox.pending()).toBe(0);
      expect(audit.pending()).toBe(0);
      const stored: string[] = [];
      for await (const f of store.feedback.list({})) stored.push(f.id);
      expect(new Set(stored)).toEqual(new Set(acknowledged));
      expect(stored).toHaveLength(35);
      const events = [];
      for await (const e of store.audit.list({})) events.push(e);
      expect(events.filter((e) => e.feature === 'feedback')).toHaveLength(35);
      expect(await verifyAuditChain(events)).toMatchObject({ ok: true, count: 35 });
      expect(fs.readFileSync(path.join(dataDir, 'outbox', 'feedback.jsonl'), 'utf8')).toBe('');
      await feedback.close();
      await audit.close();
    }, 120_000);
  });
}

if (bin) {
  describe('MongoDB connection at start', () => {
    it('retries with backoff until the database comes up, then closes cleanly', async () => {
      const db = await startFerretdb(bin);
      await db.stop();
      try {
        const pending = createMongoStore({ uri: db.uri, dbName: 'late', logger, connect: { serverSelectionTimeoutMS: 300, baseDelayMs: 200, attempts: 20 } });
        await new Promise((r) => setTimeout(r, 1000));
        await db.start();
        const store = await pending;
        await expect(store.ping()).resolves.toBeUndefined();
        await store.close();
      } finally {
        await db.dispose();
      }
    }, 60_000);

    it('gives up with UNAVAILABLE after the last attempt', async () => {
      await expect(createMongoStore({ uri: 'mongodb://127.0.0.1:1/', dbName: 'x', logger, connect: { serverSelectionTimeoutMS: 100, baseDelayMs: 10, attempts: 2 } }))
        .rejects.toMatchObject({ code: 'UNAVAILABLE' });
    });
  });
}
