import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import type { ReceivedActivity } from '../../../src/cli/chat/connector-server';
import type { ChatIdentity } from '../../../src/cli/chat/activity-factory';
import type { Role } from '../../../src/store/types';
import { startTestService, type TestService } from '../../helpers/test-runtime';
import type { Clock } from '../../../src/core/clock';

export const SYSTEM_TOKEN = 'e2e-system-admin-token-0123456789';
/** A small excerpt of Nghị định 168/2024 so legal questions get a real, cited answer. */
export const KNOWLEDGE_DIR = path.join(__dirname, 'fixtures');
/** Legal questions the fixture answers (phrased differently, as people would). */
export const LEGAL_QUESTIONS = [
  'Mức phạt vượt đèn đỏ với xe máy là bao nhiêu?',
  'Đi xe gắn máy không chấp hành đèn tín hiệu giao thông bị phạt bao nhiêu tiền?',
  'Xe mô tô vượt đèn đỏ bị trừ mấy điểm giấy phép lái xe?',
];

/** The database the whole service runs on: a fresh MongoDB database when MONGODB_URI is set, else the embedded store. */
export function storeEnv(label: string): { env: Record<string, string>; kind: 'mongodb' | 'embedded'; dropDatabase: () => Promise<void> } {
  const uri = process.env.MONGODB_URI;
  if (!uri) return { env: {}, kind: 'embedded', dropDatabase: async () => undefined };
  const dbName = `e2e_${label}_${randomUUID().slice(0, 8)}`;
  return {
    env: { MONGODB_URI: uri, MONGODB_DB: dbName },
    kind: 'mongodb',
    dropDatabase: async () => {
      const c = await new MongoClient(uri).connect();
      await c.db(dbName).dropDatabase();
      await c.close();
    },
  };
}

/** Starts the whole service with the admin token and the legal fixture; `env` adds or overrides settings. */
export function startService(env: Record<string, string>, opts: { dataDir?: string; clock?: Clock } = {}): Promise<TestService> {
  return startTestService({ ADMIN_API_TOKEN: SYSTEM_TOKEN, KNOWLEDGE_PATHS: KNOWLEDGE_DIR, ...env }, opts);
}

/** Calls the running service's admin API with a bearer token; JSON bodies in and out. */
export async function adminCall(svc: TestService, method: string, route: string, body?: unknown, token = SYSTEM_TOKEN) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(svc.baseUrl + route, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const type = res.headers.get('content-type') ?? '';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are asserted field by field in tests
  const json: any = type.includes('json') ? await res.json() : undefined;
  return { status: res.status, json, res };
}

/** Provisions the person behind `who` (by Entra object id, as the bot maps `from.aadObjectId`) through POST /admin/users. */
export async function provision(svc: TestService, who: ChatIdentity, unit: string, role: Role = 'user'): Promise<void> {
  const r = await adminCall(svc, 'POST', '/admin/users', { id: who.user.aadObjectId, name: who.user.name, unit, role });
  if (r.status !== 201 && r.status !== 200) throw new Error(`provisioning failed: ${r.status} ${JSON.stringify(r.json)}`);
}

/** The citations of an AI answer activity (none on refusals and plain texts). */
export function citationsOf(a: ReceivedActivity): unknown[] {
  const entities = (a.activity.entities as { type: string; citation?: unknown[] }[] | undefined) ?? [];
  return entities.find((e) => e.type === 'https://schema.org/Message')?.citation ?? [];
}

/** The text of the only reply; fails when there is not exactly one. */
export function onlyText(replies: ReceivedActivity[]): string {
  if (replies.length !== 1) throw new Error(`expected one reply, got ${replies.length}: ${replies.map((r) => String(r.activity.text).slice(0, 60)).join(' | ')}`);
  return String(replies[0].activity.text ?? '');
}

/** Sends a message and returns the bot's replies in that conversation only (proactive notices to others excluded). */
export async function sayIn(svc: TestService, who: ChatIdentity, text: string): Promise<ReceivedActivity[]> {
  return (await svc.say(who, text)).filter((r) => r.conversationId === who.conversationId);
}

/** Message activities the connector received in one conversation since index `from`. */
export function messagesIn(svc: TestService, conversationId: string, from = 0): ReceivedActivity[] {
  return svc.connector.received.slice(from).filter((r) => r.conversationId === conversationId && r.activity.type === 'message');
}
