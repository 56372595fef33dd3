import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { fileConsentActivity, messageActivity, type ChatIdentity } from '../../../src/cli/chat/activity-factory';
import { createSessionRepository } from '../../../src/store/expiring/session-repository';
import type { JobRun } from '../../../src/jobs/leased-job';
import { startTestService, type TestService } from '../../helpers/test-runtime';
import { readFixture, textOf } from '../meetings/support';
import { verifyAuditChain } from '../../../src/audit/verify-audit-chain';

const uri = process.env.MONGODB_URI;
const ADMIN = 'admin-token-two-instances-0123456789';
const WARD = readFixture('giao-ban-phuong-2-gio.txt');

type Offer = { content: { acceptContext: { uploadId: string } }; name: string };

if (!uri) {
  console.warn('MONGODB_URI not set: skipping the two-instance test (run `source .ci/ferretdb.sh && ferretdb_start` first)');
  describe.skip('two instances on one database', () => it('needs MONGODB_URI', () => undefined));
} else {
  describe('two instances on one database: a conversation may reach either', () => {
    const dbName = `two_${randomUUID().slice(0, 8)}`;
    let a: TestService;
    let b: TestService;
    beforeAll(async () => {
      const env = { MONGODB_URI: uri, MONGODB_DB: dbName, ADMIN_API_TOKEN: ADMIN };
      [a, b] = await Promise.all([startTestService(env), startTestService(env)]);
    });
    afterAll(async () => {
      await a?.stop();
      await b?.stop();
      const c = await new MongoClient(uri).connect();
      await c.db(dbName).dropDatabase();
      await c.close();
    });

    /** Sends to `via`; the replies go to the conversation's own connector (A's), wherever the message was handled. */
    async function sayVia(via: TestService, who: ChatIdentity, text: string) {
      const before = a.connector.received.length;
      const res = await via.post(messageActivity(who, text));
      expect(res.status).toBe(200);
      return a.connector.received.slice(before).filter((r) => r.activity.type === 'message');
    }

    it('saves on one instance ("lưu") the summary made on the other, and lists it on either', async () => {
      const who = a.identity();
      const [summary] = await sayVia(a, who, `/tomtat\n${WARD}`);
      expect(textOf(summary)).toContain('Phân công nhiệm vụ');
      const [saved] = await sayVia(b, who, 'lưu');
      expect(textOf(saved)).toContain('Đã lưu');
      const [list] = await sayVia(a, who, '/sotay');
      expect(textOf(list)).toContain('1. ');
    });

    it('takes the file consent on one instance for the file offered on the other, once', async () => {
      const who = a.identity();
      await sayVia(b, who, `/tomtat\n${WARD}`);
      await sayVia(a, who, 'lưu');
      const [card] = await sayVia(b, who, '/sotay xuat 1');
      const offer = (card.activity.attachments as Offer[])[0];
      const name = `hai-phien-ban-${offer.name}`;
      const before = a.connector.received.length;
      const res = await a.post(fileConsentActivity(who, card.id, offer.content.acceptContext.uploadId, { accept: { name, uploadUrl: a.connector.uploadUrl(name) } }));
      expect(res.status).toBe(200);
      expect(textOf(a.connector.received.slice(before).filter((r) => r.activity.type === 'message')[0])).toContain(`Đã lưu tệp "${name}"`);
      expect(a.connector.uploads.get(name)?.length).toBeGreaterThan(1000);
      const again = await b.post(fileConsentActivity(who, card.id, offer.content.acceptContext.uploadId, { accept: { name: `lai-${name}`, uploadUrl: a.connector.uploadUrl(`lai-${name}`) } }));
      expect(again.status).toBe(200);
      expect(a.connector.uploads.has(`lai-${name}`)).toBe(false);
    });

    it('keeps a console session on both instances', async () => {
      const sessions = (svc: TestService) => createSessionRepository<{ userId: string }>({ expiring: svc.runtime.store.expiring, namespace: 'console-session', idleMs: 30 * 60_000, absoluteMs: 8 * 3600_000, clock: { now: () => new Date() } });
      const s = await sessions(a).create({ userId: 'oid-console' });
      expect((await sessions(b).get(s.id))?.data).toEqual({ userId: 'oid-console' });
      await sessions(b).destroy(s.id);
      expect(await sessions(a).get(s.id)).toBeUndefined();
    });

    it('runs the retention purge once for both instances, and neither keeps the gate\'s hash key in the store (GATE_HASH_SALT, set alike on every instance, is the shared key)', async () => {
      const period = Math.floor((Date.now() - 18 * 3600_000) / (24 * 3600_000));
      let run: JobRun | undefined;
      for (let i = 0; i < 100 && !run?.done; i++) {
        run = await a.runtime.store.expiring.get<JobRun>('job-run', `retention-purge@${period}`);
        if (!run?.done) await new Promise((r) => setTimeout(r, 100));
      }
      expect(run).toMatchObject({ done: true });
      const purges = [...a.logLines, ...b.logLines].filter((l) => l.includes('"msg":"retention purge done"'));
      expect(purges).toHaveLength(1);
      for (const svc of [a, b]) expect((await svc.runtime.store.state.read(['gate/hash-salt']))['gate/hash-salt']).toBeUndefined();
    });

    it('refuses on one instance the next message of a person revoked or locked through the other', async () => {
      const who = a.identity();
      const oid = who.user.aadObjectId;
      const admin = (svc: TestService, path: string, body?: unknown) =>
        fetch(`${svc.baseUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
      expect((await admin(a, '/admin/users', { id: oid, name: 'Lê Văn H', unit: 'UBND phường Hợp Giang', role: 'user' })).status).toBe(201);
      expect(textOf((await sayVia(b, who, 'trợ giúp'))[0])).not.toContain('thu hồi');
      expect((await admin(a, `/admin/users/${oid}/revoke`)).status).toBe(200);
      expect(textOf((await sayVia(b, who, 'trợ giúp'))[0])).toContain('Tài khoản của bạn đã bị thu hồi');
      expect((await admin(b, `/admin/users/${oid}/restore`)).status).toBe(200);
      expect(textOf((await sayVia(a, who, 'trợ giúp'))[0])).not.toContain('thu hồi');
      expect((await admin(b, `/admin/users/${oid}/lock`)).status).toBe(200);
      expect(textOf((await sayVia(a, who, 'trợ giúp'))[0])).toContain('đang bị khóa');
    });

    it('under concurrent load both instances progress (neither under a third of the other\'s throughput), and the audit chain they share verifies', async () => {
      // Four people per instance ask in a loop; when one instance has answered its quota, both stop and are compared.
      const QUOTA = 60;
      const done = { a: 0, b: 0 };
      let stop = false;
      const loop = async (via: TestService, key: 'a' | 'b') => {
        const who = a.identity();
        while (!stop) {
          const res = await via.post(messageActivity(who, 'Những việc nào được phép dùng AI trong công vụ?'));
          expect(res.status).toBe(200);
          if (++done[key] >= QUOTA) stop = true;
        }
      };
      await Promise.all([...Array.from({ length: 4 }, () => loop(a, 'a')), ...Array.from({ length: 4 }, () => loop(b, 'b'))]);
      expect(Math.min(done.a, done.b)).toBeGreaterThanOrEqual(Math.max(done.a, done.b) / 3);
      // every turn's audit event is appended to the one chain, which verifies end to end
      let verdict = await verifyAuditChain(b.runtime.store.audit.list());
      for (let wait = 0; verdict.ok && verdict.count < done.a + done.b && wait < 40; wait++) {
        await new Promise((r) => setTimeout(r, 500));
        verdict = await verifyAuditChain(b.runtime.store.audit.list());
      }
      expect(verdict.ok).toBe(true);
      expect(verdict.count).toBeGreaterThanOrEqual(done.a + done.b);
    });
  });
}
