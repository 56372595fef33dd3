/**
 * Faults across processes (issue 16): two service instances as child processes on one FerretDB, a stream of legal
 * questions, meeting summaries and feedback through both, while the database is killed for ten seconds and one instance
 * is killed with SIGKILL (then restarted on its data folder, whose outbox it must deliver).
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { verifyAuditChain } from '../../../src/audit/verify-audit-chain';
import { feedbackActivity, messageActivity, type ChatIdentity } from '../../../src/cli/chat/activity-factory';
import { startConnectorServer, type ConnectorServer } from '../../../src/cli/chat/connector-server';
import { messages } from '../../../src/messages';
import { serviceMessages } from '../../../src/messages/service';
import { findFerretdb, startFerretdb, type FerretdbProcess } from '../../helpers/ferretdb';
import { serviceProcess, type ServiceProcess } from '../../helpers/service-process';

const bin = findFerretdb();
const QUESTIONS = ['Thời hạn giải quyết khiếu nại lần đầu là bao lâu?', 'Trợ lý có lưu tin nhắn của tôi không?', 'Tôi cần làm gì khi tài khoản bị xâm nhập?'];
const MINUTES = 'Cuộc họp giao ban ngày 20/11/2026. Chủ trì: Chủ tịch UBND phường. Kết luận: Phòng Văn hóa hoàn thành kế hoạch trước ngày 30/11/2026.';
const INTERNAL_ERROR = messages.internalError.split('{')[0];
const OUTAGE_MS = 10_000;

/** One request of the stream: when it started and ended (ms since the start), and what came back. */
type Sent = { kind: 'question' | 'feedback' | 'meeting'; status: number; from: number; to: number; actor?: string; answerId?: string; text?: string };
type Outbox = { audit: string[]; feedback: string[] };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What an instance's /readyz says: 'ready' or 'degraded' (HTTP 200), 'not_ready' (503). */
async function readyz(instance: ServiceProcess): Promise<string> {
  const res = await fetch(`${instance.baseUrl}/readyz`);
  const { status } = (await res.json()) as { status: string };
  return res.status === 200 || status === 'not_ready' ? status : `unexpected ${res.status}`;
}

/** The ids waiting in an instance's on-disk outboxes (audit events and feedback records). */
function outboxOf(dataDir: string): Outbox {
  const ids = (name: string) => {
    const file = path.join(dataDir, 'outbox', `${name}.jsonl`);
    if (!fs.existsSync(file)) return [];
    return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);
  };
  return { audit: ids('audit'), feedback: ids('feedback') };
}

if (!bin) {
  console.warn('FerretDB binary not found: skipping the fault test (build it with .ci/ferretdb.sh)');
  describe.skip('faults lose nothing', () => it('needs FerretDB', () => undefined));
} else {
  describe('faults lose nothing: the database killed for ten seconds, an instance killed with SIGKILL meanwhile', () => {
    let db: FerretdbProcess;
    let connector: ConnectorServer;
    let instances: ServiceProcess[] = [];
    beforeAll(async () => {
      db = await startFerretdb(bin);
      connector = await startConnectorServer();
      const env = { MONGODB_URI: db.uri, MONGODB_DB: 'faults', RATE_LIMIT_PER_MINUTE: '0', OUTBOUND_TIMEOUT_MS: '5000' };
      instances = [await serviceProcess(env), await serviceProcess(env)];
      await Promise.all(instances.map((i) => i.start()));
    }, 120_000);
    afterAll(async () => {
      for (const i of instances) await i.kill('SIGTERM');
      await connector?.close();
      await db?.dispose();
      for (const i of instances) fs.rmSync(i.dataDir, { recursive: true, force: true });
    });

    it('keeps every acknowledged feedback and audit event, answers throughout, never a 5xx, says in Vietnamese what it could not save, and reads degraded (still ready) until the database is back', async () => {
      const sent: Sent[] = [];
      const answers: string[] = [];
      let next = 0;
      const identity = (): ChatIdentity => ({
        serviceUrl: connector.serviceUrl, conversationId: `a:${randomUUID()}`, conversationType: 'personal',
        user: { id: `29:${randomUUID()}`, name: 'Cán bộ', aadObjectId: randomUUID() }, bot: { id: '28:bot', name: 'Trợ lý Công vụ' }, tenantId: 'tenant-test',
      });
      /** Like a load balancer: the next instance in turn, and the other one when that one does not answer at all. */
      const post = async (activity: unknown): Promise<number> => {
        const first = next++ % 2;
        for (const i of [first, 1 - first]) {
          try {
            const res = await fetch(`${instances[i].baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity), signal: AbortSignal.timeout(60_000) });
            await res.arrayBuffer();
            return res.status;
          } catch {
            // Connection refused or reset (the killed instance): nothing was acknowledged; try the other.
          }
        }
        return 0;
      };
      const repliesTo = (who: ChatIdentity) => connector.received.filter((r) => (r.activity.conversation as { id: string }).id === who.conversationId && r.activity.type === 'message');

      const started = Date.now();
      const now = () => Date.now() - started;
      let stop = false;
      let counter = 0;
      // Two streams at once, so one request waiting on the database does not stop the other.
      const stream = async () => {
        while (!stop) {
          const n = counter++;
          const kind = answers.length > 0 && n % 3 === 1 ? 'feedback' : n % 5 === 4 ? 'meeting' : 'question';
          const who = identity();
          const from = now();
          if (kind === 'feedback') {
            const answerId = answers.shift() as string;
            const status = await post(feedbackActivity(who, answerId, n % 2 ? 'like' : 'dislike', 'Câu trả lời hữu ích'));
            sent.push({ kind, status, from, to: now(), answerId });
          } else {
            const status = await post(messageActivity(who, kind === 'meeting' ? `/tomtat ${MINUTES}` : QUESTIONS[n % QUESTIONS.length]));
            const replies = repliesTo(who);
            const answer = replies.find((r) => Array.isArray(r.activity.entities) && JSON.stringify(r.activity.entities).includes('AIGeneratedContent'));
            if (kind === 'question' && answer) answers.push(answer.id);
            sent.push({ kind, status, from, to: now(), actor: who.user.aadObjectId, text: replies.map((r) => String(r.activity.text ?? '')).join('\n') });
          }
          await sleep(40);
        }
      };
      const load = Promise.all([stream(), stream()]);
      /** Waits (bounded) until `done` holds, running `step` before each look; the phases follow what happened, not the clock. */
      const until = async (done: () => boolean, withinMs: number, step?: () => Promise<void>) => {
        for (const end = Date.now() + withinMs; Date.now() < end; await sleep(100)) {
          await step?.();
          if (done()) return;
        }
      };

      let heldByB: Outbox = { audit: [], feedback: [] };
      const readiness = { during: '', after: '' };
      let outage = { from: 0, to: 0 };
      try {
        await until(() => sent.filter((s) => s.kind === 'feedback').length >= 3 && sent.length >= 12, 30_000);
        await db.stop('SIGKILL');
        outage.from = now();
        // B is killed once its outbox holds writes it acknowledged during the outage; a restart must deliver them.
        await until(() => { const o = outboxOf(instances[1].dataDir); return o.audit.length + o.feedback.length >= 3; }, OUTAGE_MS - 1_000);
        heldByB = outboxOf(instances[1].dataDir);
        await instances[1].kill('SIGKILL');
        // The load balancer keeps the survivor: ready (it answers), and says it is degraded.
        await until(() => readiness.during === 'degraded', 3_000, async () => void (readiness.during = await readyz(instances[0])));
        await sleep(outage.from + OUTAGE_MS - now());
        await db.start();
        outage = { ...outage, to: now() };
        await instances[1].start();
        const restarted = sent.length;
        await until(() => sent.length >= restarted + 12, 30_000);
      } finally {
        stop = true;
        await load;
      }
      expect(heldByB.audit.length + heldByB.feedback.length).toBeGreaterThan(0);
      expect(readiness.during).toBe('degraded');

      // Every request got an answer from one of the instances: no 5xx, no generic error reply.
      expect(sent.length).toBeGreaterThan(40);
      expect(sent.filter((s) => s.status === 0 || s.status >= 500)).toEqual([]);
      expect(sent.filter((s) => s.text?.includes(INTERNAL_ERROR))).toEqual([]);

      // Wholly within the outage: legal answers went on; every meeting summary (it must be saved for "lưu") was refused in Vietnamese.
      const during = sent.filter((s) => s.from > outage.from && s.to < outage.to);
      expect(during.filter((s) => s.kind === 'question' && s.text && s.text.length > 80 && !s.text.includes(serviceMessages.storeUnavailable)).length).toBeGreaterThan(0);
      const meetingsDuring = during.filter((s) => s.kind === 'meeting');
      expect(meetingsDuring.length).toBeGreaterThan(0);
      for (const m of meetingsDuring) expect(m.text).toContain(serviceMessages.storeUnavailable);
      // Feedback is acknowledged through the outbox, so nobody is told it was not saved.
      expect(during.filter((s) => s.kind === 'feedback').length).toBeGreaterThan(0);

      // Everything acknowledged is in the database once the outboxes have drained, the killed instance's included.
      const client = await new MongoClient(db.uri).connect();
      try {
        const fb = client.db('faults').collection('feedback');
        const audit = client.db('faults').collection('audit');
        const ackedFeedback = sent.filter((s) => s.kind === 'feedback').map((s) => s.answerId as string);
        const ackedTurns = sent.filter((s) => s.kind !== 'feedback').map((s) => s.actor as string);
        let missing: string[] = [];
        for (let i = 0; i < 60; i++) {
          const stored = await fb.find({}).project({ answerId: 1 }).toArray();
          const answered = new Set(stored.map((d) => d.answerId as string));
          const ids = new Set([...stored.map((d) => String(d._id)), ...(await audit.find({}).project({ _id: 1 }).toArray()).map((d) => String(d._id))]);
          const actors = new Set((await audit.find({ type: 'turn' }).project({ actor: 1 }).toArray()).map((d) => d.actor as string));
          missing = [
            ...ackedFeedback.filter((id) => !answered.has(id)).map((id) => `feedback on ${id}`),
            ...ackedTurns.filter((a) => !actors.has(a)).map((a) => `turn of ${a}`),
            ...[...heldByB.audit, ...heldByB.feedback].filter((id) => !ids.has(id)).map((id) => `held by the killed instance: ${id}`),
          ];
          if (missing.length === 0) break;
          await sleep(1000);
        }
        expect(missing).toEqual([]);
        await until(() => readiness.after === 'ready', 10_000, async () => void (readiness.after = await readyz(instances[0])));
        expect(readiness.after).toBe('ready');
        expect(ackedFeedback.length).toBeGreaterThan(5);
        const events = await audit.find({}).sort({ seq: 1 }).toArray();
        const chain = await verifyAuditChain(events.map(({ _id, ...rest }) => ({ id: _id, ...rest })) as never);
        expect(chain).toMatchObject({ ok: true });
      } finally {
        await client.close();
      }
    }, 150_000);
  });
}
