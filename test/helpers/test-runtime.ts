import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { loadConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/core/logger';
import { createRuntime, type Runtime } from '../../src/runtime';
import { startConnectorServer, type ConnectorServer, type ReceivedActivity } from '../../src/cli/chat/connector-server';
import { feedbackActivity, installActivity, messageActivity, type ChatIdentity } from '../../src/cli/chat/activity-factory';
import type { Clock } from '../../src/core/clock';

/** The small default knowledge of test services: the assistant's own documents (knowledge/tro-ly). */
export const SMALL_KNOWLEDGE = path.resolve(__dirname, '..', '..', 'knowledge', 'tro-ly');

/** A running service on a free port with a temp data folder, a capture connector, and captured log lines. */
export interface TestService {
  runtime: Runtime;
  config: Config;
  baseUrl: string;
  connector: ConnectorServer;
  logLines: string[];
  dataDir: string;
  /** POSTs an activity to /api/messages; returns the HTTP status and body. */
  post(activity: unknown, raw?: boolean): Promise<{ status: number; body: string }>;
  /** A fresh identity for a conversation of the given type. */
  identity(type?: ChatIdentity['conversationType'], user?: Partial<ChatIdentity['user']>, tenantId?: string): ChatIdentity;
  /** Sends a message and returns the bot's message activities sent in reply (typing indicators excluded). */
  say(who: ChatIdentity, text: string, opts?: Parameters<typeof messageActivity>[2]): Promise<ReceivedActivity[]>;
  install(who: ChatIdentity): Promise<ReceivedActivity[]>;
  feedback(who: ChatIdentity, replyToId: string, reaction: 'like' | 'dislike', comment?: string): Promise<{ status: number; body: string }>;
  stop(): Promise<void>;
}

/** Starts the whole service as `npm start` would, with `env` overrides (config is validated as in production). */
export async function startTestService(env: Record<string, string> = {}, opts: { dataDir?: string; adjust?: (config: Config) => void; clock?: Clock; beforeKnowledgeSwap?: () => Promise<void> } = {}): Promise<TestService> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tlcv-test-'));
  // The assistant's own 18 articles unless a test asks for other knowledge: the shipped legal corpus takes a 15 s build.
  const config = loadConfig({ PORT: '1', LOG_LEVEL: 'info', DATA_DIR: dataDir, KNOWLEDGE_PATHS: SMALL_KNOWLEDGE, ...env } as NodeJS.ProcessEnv);
  config.port = 0;
  config.host = '127.0.0.1';
  opts.adjust?.(config);
  const logLines: string[] = [];
  const sink = new Writable({ write(chunk, _enc, cb) { logLines.push(chunk.toString()); cb(); } });
  const logger = createLogger('info', sink);
  const runtime = await createRuntime(config, { logger, clock: opts.clock, beforeKnowledgeSwap: opts.beforeKnowledgeSwap });
  const address = await runtime.start();
  await runtime.ready();
  const connector = await startConnectorServer();
  const baseUrl = address.url;
  const post = async (activity: unknown, raw = false) => {
    const res = await fetch(`${baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw ? (activity as string) : JSON.stringify(activity) });
    return { status: res.status, body: await res.text() };
  };
  const repliesAfter = async (before: number, send: () => Promise<unknown>) => {
    await send();
    return connector.received.slice(before).filter((r) => r.activity.type === 'message');
  };
  return {
    runtime, config, baseUrl, connector, logLines, dataDir, post,
    identity: (type = 'personal', user = {}, tenantId = 'tenant-test') => ({
      serviceUrl: connector.serviceUrl,
      conversationId: type === 'personal' ? `a:${randomUUID()}` : `19:${randomUUID()}@thread.v2`,
      conversationType: type,
      user: { id: `29:${randomUUID()}`, name: 'Cán bộ thử nghiệm', aadObjectId: randomUUID(), ...user },
      bot: { id: '28:bot-under-test', name: 'Trợ lý Công vụ' },
      tenantId,
    }),
    say: (who, text, o) => repliesAfter(connector.received.length, () => post(messageActivity(who, text, o))),
    install: (who) => repliesAfter(connector.received.length, () => post(installActivity(who))),
    feedback: (who, replyToId, reaction, comment) => post(feedbackActivity(who, replyToId, reaction, comment)),
    stop: async () => {
      await runtime.stop();
      await connector.close();
    },
  };
}
