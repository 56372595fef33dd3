import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type express from 'express';
import type { Config } from './config';
import { systemClock, type Clock } from './core/clock';
import { createLogger, type Logger } from './core/logger';
import { createStore, createPurgeJob, createDurableFeedbackRepository, type Store } from './store';
import { createGate, loadGatePolicy } from './gate';
import { createAuditLog } from './audit/audit-log';
import { createOpenAiChatModel } from './llm/openai-chat-model';
import { createAdapter } from './bot/create-adapter';
import { createNotifier } from './bot/notifier';
import { createBot } from './bot/create-bot';
import { createAttachmentDownloader } from './bot/attachment-downloader';
import { createUpnResolver } from './bot/member-upn';
import { createPendingFiles, uploadFile } from './bot/file-consent';
import { createInFlightTracker } from './http/in-flight';
import { createHttpApp } from './http/create-http-app';
import { createMessagesRoute } from './http/messages-route';
import { createTurnRouter } from './turns/route-turn';
import { createAnswerRecorder } from './turns/record-answer';
import { loadKnowledgeInBackground, type KnowledgeHolder } from './runtime/knowledge-holder';
import { createFeatures } from './runtime/features';
import { createRouters } from './runtime/routers';
import { createBotPresentation } from './runtime/presentation';
import { createAccessCheck } from './accounts/check-access';
import { tenantFilter } from './accounts/tenants';
import { createFeedbackRecorder } from './runtime/feedback';
import { gateHashSalt } from './runtime/gate-salt';
import { createSecondOpinionFromConfig } from './runtime/second-opinion';
import { createAppealSink } from './runtime/appeals';
import { createRefusalMemory } from './appeals/refusals';
import { createFileAppeal } from './appeals/file-appeal';

/** How long an idle kept-alive connection stays open: longer than the usual reverse proxy's upstream keep-alive. */
const KEEP_ALIVE_MS = 65_000;

export interface RuntimeOptions {
  logger?: Logger;
  clock?: Clock;
}

/** The running service: HTTP app, store and knowledge, with start/ready/stop. */
export interface Runtime {
  http: express.Express;
  store: Store;
  knowledge: KnowledgeHolder;
  /** Listens; resolves with the base URL. */
  start(): Promise<string>;
  /** Resolves when the store answers and the knowledge is loaded. */
  ready(): Promise<void>;
  /** Stops accepting requests, finishes in-flight turns, flushes outboxes, closes the store. */
  stop(): Promise<void>;
}

/** The composition root: the only place that knows every concrete implementation. */
export async function createRuntime(config: Config, opts: RuntimeOptions = {}): Promise<Runtime> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  const clock = opts.clock ?? systemClock;
  if (!config.bot.appId) logger.warn('MICROSOFT_APP_ID is not set: /api/messages accepts UNAUTHENTICATED activities (local use and tests only)');
  if (config.access.allowedTenantIds.length === 0) logger.warn('ALLOWED_TENANT_IDS is empty: any Teams tenant may talk to the bot');
  if (!config.admin.token) logger.warn('ADMIN_API_TOKEN is not set: the admin API refuses every request');

  const store = await createStore({ mongo: config.mongo, dataDir: config.dataDir, logger, clock });
  const gatePolicy = loadGatePolicy(config.gate.policyPath);
  const gate = createGate({ policy: gatePolicy, zone: config.gate.zone, hashSalt: await gateHashSalt(config.gate.hashSalt, store.state) });
  const knowledge = loadKnowledgeInBackground({ paths: config.knowledgePaths, dataDir: config.dataDir, logger, thread: config.knowledgeThread });
  const auditLog = await createAuditLog({ audit: store.audit, clock, dataDir: config.dataDir, logger });
  const feedbackRepo = await createDurableFeedbackRepository({ inner: store.feedback, dataDir: config.dataDir, logger });
  const chatModel = config.llm ? createOpenAiChatModel({ baseUrl: config.llm.baseUrl, model: config.llm.model, apiKey: config.llm.apiKey, timeoutMs: config.llm.timeoutMs }) : undefined;

  const adapter = createAdapter(config.bot, logger);
  const notifier = createNotifier({ adapter, state: store.state, botAppId: config.bot.appId, logger });
  const downloadAttachment = createAttachmentDownloader();
  // Refusals wait in memory (never the store) until their author appeals; the appeal keeps only what appealRecord() allows.
  const refusals = createRefusalMemory();
  const fileAppeal = createFileAppeal({ refusals, appeals: store.appeals, gate, clock, logger });
  const features = createFeatures({ config, store, gate, knowledge, chatModel, auditLog, notifier, downloadAttachment, appeals: { refusals, fileAppeal }, clock, logger });
  // The router writes the one audit event of a refused turn (with the reason), so the check itself audits nothing.
  const access = createAccessCheck({ users: store.users, config: config.access, clock, logger });
  const secondOpinion = createSecondOpinionFromConfig(config, { gate, policy: gatePolicy, logger });
  const router = createTurnRouter({ features, gate, access, audit: auditLog, logger, clock, secondOpinion, refusals });
  const presentation = createBotPresentation();
  const bot = createBot({
    adapter,
    botAppId: config.bot.appId,
    router,
    state: store.state,
    recordAnswer: createAnswerRecorder({ answers: store.answers, clock, logger }),
    renderAnswer: presentation.renderAnswer,
    streamAnswer: presentation.streamAnswer,
    feedback: createFeedbackRecorder({ store, feedbackRepo, gate, auditLog, access, clock, logger }),
    appeals: createAppealSink({ fileAppeal, access, auditLog, clock, logger }),
    notifier,
    resolveUpn: config.access.mode === 'allowlist' ? createUpnResolver({ isAllowedTenant: tenantFilter(config.access.allowedTenantIds) }) : undefined,
    files: { pending: createPendingFiles(), upload: uploadFile },
    logger,
  });

  const inFlight = createInFlightTracker();
  const http = createHttpApp({
    routers: createRouters({ config, store, knowledge, messages: createMessagesRoute({ adapter, run: (ctx) => bot.run(ctx), logger }), auditLog, feedbackRepo, gate, clock, logger }),
    inFlight,
    logger,
  });
  const purge = createPurgeJob({ store, retentionDays: config.retentionDays, clock, logger });

  let server: Server | undefined;
  return {
    http,
    store,
    knowledge,
    start: () =>
      new Promise((resolve, reject) => {
        // Express 5 also calls this back with the error when listening fails (e.g. the port is taken).
        server = http.listen(config.port, config.host, (err?: Error) => {
          if (err) return reject(err);
          const { port } = server!.address() as AddressInfo;
          purge.start();
          resolve(`http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`);
        });
        server.on('error', reject);
        // A reverse proxy (nginx, the agency's gateway) keeps idle upstream connections open for about a minute;
        // Node's default 5 s would close them under its feet, and a request sent on one is reset.
        server.keepAliveTimeout = KEEP_ALIVE_MS;
        server.headersTimeout = KEEP_ALIVE_MS + 1_000;
      }),
    ready: async () => {
      await store.ping();
      await knowledge.loaded;
    },
    stop: async () => {
      purge.stop();
      const closed = server ? new Promise<void>((resolve) => server!.close(() => resolve())) : Promise.resolve();
      await inFlight.drain(10_000);
      server?.closeIdleConnections?.();
      await closed;
      await auditLog.drain().catch(() => 0);
      await auditLog.close();
      await feedbackRepo.close();
      await store.close();
      await knowledge.close();
    },
  };
}
