import { createDocumentStatusBook, loadShippedStatuses } from './qa/document-status';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type express from 'express';
import type { Config } from './config';
import { systemClock, type Clock } from './core/clock';
import { createLogger, type Logger } from './core/logger';
import { createStore, createPurgeJob, createDurableFeedbackRepository, type Store } from './store';
import { createDurableAnswerRepository } from './store/durable/durable-answer-repository';
import { createStoreHealth } from './store/availability/store-health';
import { guardStore } from './store/availability/guard-store';
import { withLastKnownReads } from './store/availability/last-known-state';
import { withAccessDuringOutage } from './accounts/access-during-outage';
import { createGate, loadAgencyRules, loadGatePolicy, withAgencyRules } from './gate';
import { createAuditLog } from './audit/audit-log';
import { withAlertNotices } from './audit/alert-notices';
import { createOpenAiChatModel } from './llm/openai-chat-model';
import { createAdapter } from './bot/create-adapter';
import { createNotifier } from './bot/notifier';
import { createBot } from './bot/create-bot';
import { createAttachmentDownloader } from './bot/attachment-downloader';
import { createUpnResolver } from './bot/member-upn';
import { createPendingFiles } from './bot/file-consent';
import { createFileUploader } from './bot/file-upload';
import { createOutboundPolicy } from './net/outbound-policy';
import { createInFlightTracker } from './http/in-flight';
import { createHttpApp } from './http/create-http-app';
import { createMessagesRoute } from './http/messages-route';
import { createTurnRouter } from './turns/route-turn';
import { createAnswerRecorder } from './turns/record-answer';
import type { KnowledgeHolder } from './runtime/knowledge-holder';
import { loadKnowledge } from './runtime/knowledge-sources';
import { createFeatures } from './runtime/features';
import { createRouters } from './runtime/routers';
import { createBotPresentation } from './runtime/presentation';
import { createAccessCheck } from './accounts/check-access';
import { tenantFilter } from './accounts/tenants';
import { createCitationVerdictRecorder, createFeedbackRecorder } from './runtime/feedback';
import { gateHashSalt } from './runtime/gate-salt';
import { createSecondOpinionFromConfig } from './runtime/second-opinion';
import { createAppealSink } from './runtime/appeals';
import { createRefusalMemory } from './appeals/refusals';
import { createFileAppeal } from './appeals/file-appeal';
import { describeListenAddress, type ListenAddress } from './http/listen-address';
import { createLeasedJob } from './jobs/leased-job';
import { createMetrics } from './observability/metrics';
import { instrumentGate, instrumentModel, instrumentRouter } from './observability/instrument';
import { createMetricsRoute } from './http/metrics-route';
import { createRateLimiter } from './limits/rate-limiter';
import { createTurnQueue } from './limits/turn-queue';
import { withTurnLimits } from './bot/turn-limits';
import { createTurnHandler } from './turns/handle-turn';
import { createChannelLinks } from './accounts/channel-links';
import { createZaloBot } from './zalo/create-zalo-bot';
import { createZaloOa } from './zalo/oa/create-zalo-oa';

const DAY_MS = 24 * 3600_000;

/** How long an idle kept-alive connection stays open: longer than the usual reverse proxy's upstream keep-alive. */
const KEEP_ALIVE_MS = 65_000;

export interface RuntimeOptions {
  logger?: Logger;
  clock?: Clock;
  /** Awaited before a re-indexed knowledge base replaces the serving one (tests hold a re-index there). */
  beforeKnowledgeSwap?: () => Promise<void>;
}

/** The running service: HTTP app, store and knowledge, with start/ready/stop. */
export interface Runtime {
  http: express.Express;
  store: Store;
  knowledge: KnowledgeHolder;
  /** Looks in the store for knowledge sources uploaded on another instance now (done every minute); true when it re-indexes. */
  checkKnowledgeSources(): Promise<boolean>;
  /** Listens; resolves with the bound address and a base URL for clients on this machine. */
  start(): Promise<ListenAddress>;
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
  if (config.notebook.keys.length === 0) logger.warn('NOTEBOOK_KEYS is not set: notebook notes keep placeholders only (names, ID and phone numbers are not kept)');
  // Bắc Ninh annex, item 2: civil servants use the account they were issued; open access is for pilots.
  if (config.bot.appId && config.access.mode === 'open') logger.warn('ACCESS_MODE=open WITH A BOT REGISTRATION: anyone in the allowed tenants uses the assistant without an issued account; set ACCESS_MODE=allowlist for production');

  const metrics = createMetrics();
  const rawStore = await createStore({ mongo: config.mongo, dataDir: config.dataDir, logger, clock });
  // Every repository fails fast while the store is unreachable; a probe watches for its return (store/availability).
  const health = createStoreHealth({ probe: () => rawStore.ping(), logger });
  // The driver's own view opens the breaker at once (turns in the first seconds of an outage do not each wait 5 s).
  rawStore.onUnreachable?.((err) => health.reportUnreachable(err));
  const store = guardStore(rawStore, health, { onError: (repository, unavailable) => metrics.storeErrors.inc({ repository, kind: unavailable ? 'unavailable' : 'other' }) });
  const agencyRules = config.gate.agencyRulesPath ? loadAgencyRules(config.gate.agencyRulesPath) : undefined;
  if (agencyRules) logger.info({ agency: agencyRules.agency, categories: Object.keys(agencyRules.categories).length, default: Boolean(agencyRules.default) }, 'agency rules cited after the national law in refusals');
  const gatePolicy = withAgencyRules(loadGatePolicy(config.gate.policyPath), agencyRules);
  const gate = instrumentGate(createGate({ policy: gatePolicy, zone: config.gate.zone, hashSalt: await gateHashSalt(config.gate.hashSalt, store.state) }), metrics);
  const documentStatus = createDocumentStatusBook({ shipped: loadShippedStatuses(config.documentStatusPath), state: withLastKnownReads(store.state), clock });
  // Read once now, so answers through a later outage still know the declared statuses.
  await documentStatus.list().catch((e: Error) => logger.warn({ err: e.message }, 'document statuses not read at start'));
  // Uploaded sources (console) are indexed beside KNOWLEDGE_PATHS; each instance watches the store for new ones.
  const { knowledge, watch: sourceWatch } = loadKnowledge(config, { store, logger, beforeSwap: opts.beforeKnowledgeSwap });
  const auditLog = await createAuditLog({ audit: store.audit, clock, dataDir: config.dataDir, logger });
  const feedbackRepo = await createDurableFeedbackRepository({ inner: store.feedback, dataDir: config.dataDir, logger });
  const answersRepo = await createDurableAnswerRepository({ inner: store.answers, dataDir: config.dataDir, logger });
  // Acknowledged writes waiting in the outboxes go as soon as the store answers again.
  health.onChange((up) => {
    if (up) for (const outbox of [auditLog, feedbackRepo.outbox, answersRepo.outbox]) void outbox.drain().catch(() => undefined);
  });
  const chatModel = config.llm ? instrumentModel(createOpenAiChatModel({ baseUrl: config.llm.baseUrl, model: config.llm.model, apiKey: config.llm.apiKey, timeoutMs: config.llm.timeoutMs }), metrics) : undefined;
  const qaModel = config.llm ? instrumentModel(createOpenAiChatModel({ ...config.llm, maxRetries: 1 }), metrics) : undefined;

  const adapter = createAdapter(config.bot, logger, { timeoutMs: config.outbound.timeoutMs });
  const outboundPolicy = createOutboundPolicy({ authenticated: Boolean(config.bot.appId), channelHosts: config.outbound.fileHosts });
  const notifier = createNotifier({ adapter, state: store.state, botAppId: config.bot.appId, logger });
  const downloadAttachment = createAttachmentDownloader({ policy: outboundPolicy, timeoutMs: config.outbound.timeoutMs, logger });
  const links = createChannelLinks({ expiring: store.expiring, state: store.state, users: store.users, audit: auditLog, clock });
  // Refusals wait in memory (never the store) until their author appeals; the appeal keeps only what appealRecord() allows.
  const refusals = createRefusalMemory();
  const fileAppeal = createFileAppeal({ refusals, appeals: store.appeals, gate, clock, logger });
  const features = createFeatures({ config, store, gate, knowledge, documentStatus, chatModel, qaModel, auditLog, notifier, links, downloadAttachment, appeals: { refusals, fileAppeal }, clock, logger });
  // The router writes the one audit event of a refused turn (with the reason), so the check itself audits nothing.
  const access = withAccessDuringOutage(createAccessCheck({ users: store.users, config: config.access, clock, logger }), { mode: config.access.mode, graceMs: config.resilience.accessGraceMs, clock, logger });
  // Level-4 and forbidden-purpose attempts reach the unit's administrators in Teams as they are audited.
  const alertingLog = withAlertNotices(auditLog, { users: store.users, notify: (id, text) => notifier.notify(id, text), logger });
  const secondOpinion = createSecondOpinionFromConfig(config, { gate, policy: gatePolicy, logger });
  const router = instrumentRouter(createTurnRouter({ features, gate, access, audit: alertingLog, logger, clock, secondOpinion, refusals }), metrics);
  const presentation = createBotPresentation();
  const recordAnswer = createAnswerRecorder({ answers: answersRepo, clock, logger });
  const feedback = createFeedbackRecorder({ store, feedbackRepo, gate, auditLog, access, clock, logger });
  const citationVerdicts = createCitationVerdictRecorder({ store, feedbackRepo, gate, auditLog, access, clock, logger });
  const bot = createBot({
    adapter,
    botAppId: config.bot.appId,
    router,
    state: store.state,
    recordAnswer,
    renderAnswer: presentation.renderAnswer,
    streamAnswer: presentation.streamAnswer,
    feedback,
    citationVerdicts,
    appeals: createAppealSink({ fileAppeal, access, auditLog, clock, logger }),
    notifier,
    resolveUpn: config.access.mode === 'allowlist' ? createUpnResolver({ isAllowedTenant: tenantFilter(config.access.allowedTenantIds) }) : undefined,
    files: { pending: createPendingFiles({ expiring: store.expiring }), upload: createFileUploader({ policy: outboundPolicy, timeoutMs: config.outbound.timeoutMs }) },
    logger,
  });

  // One rate limiter and one turn queue for every channel: a person is limited however they write.
  const queue = createTurnQueue({ concurrency: config.limits.turnConcurrency, maxWaiting: config.limits.turnQueue });
  const limiter = createRateLimiter({ perMinute: config.limits.ratePerMinute });
  const runTurn = withTurnLimits((ctx) => bot.run(ctx), {
    limiter, queue, logger, onLimited: (reason) => metrics.limited.inc({ reason }),
  });
  // Zalo channels share the turn handler, access check, feedback, links and limits with Teams.
  const channelRoutes = [];
  const channelDeps = { handleTurn: createTurnHandler({ router, recordAnswer, logger }), access, feedback, links, expiring: store.expiring, limiter, queue, timeoutMs: config.outbound.timeoutMs, logger };
  if (config.zalo.bot) {
    logger.info('Zalo Bot Platform: POST /api/zalo is on');
    channelRoutes.push(createZaloBot(config.zalo.bot, channelDeps));
  }
  if (config.zalo.oa) {
    logger.info('Zalo Official Account API v3: POST /api/zalo-oa is on');
    channelRoutes.push(createZaloOa(config.zalo.oa, { ...channelDeps, state: store.state, clock, botName: config.zalo.bot?.botName ?? 'Trợ lý Công vụ' }));
  }
  metrics.gauge('tlcv_outbox_depth', 'Acknowledged writes waiting in this instance\'s outbox for the database', ['outbox'], () => ({ audit: auditLog.pending(), feedback: feedbackRepo.outbox.pending(), answers: answersRepo.outbox.pending() }));
  metrics.gauge('tlcv_turn_queue_depth', 'Message turns waiting for a free slot', [], () => queue.waiting());
  metrics.gauge('tlcv_turns_in_progress', 'Message turns being handled', [], () => queue.active());
  metrics.gauge('tlcv_store_up', '1 while the store answers, 0 while it is unreachable', [], () => (health.isDown() ? 0 : 1));

  const inFlight = createInFlightTracker();
  const http = createHttpApp({
    routers: createRouters({ config, store, knowledge, documentStatus, gate, messages: createMessagesRoute({ adapter, run: runTurn, logger, authenticated: Boolean(config.bot.appId), authTimeoutMs: config.outbound.timeoutMs }), auditLog, feedbackRepo, clock, logger, probes: { store: storeProbe }, links, extra: [...channelRoutes, createMetricsRoute(metrics)] }),
    inFlight,
    logger,
  });
  let stopping = false;
  // Down database: still ready (answers go on, writes wait in the outbox), and the body says so; stopping: not ready.
  async function storeProbe() {
    if (stopping) return { ok: false, detail: 'stopping' };
    const waiting = auditLog.pending() + feedbackRepo.outbox.pending() + answersRepo.outbox.pending();
    if (health.isDown()) return { ok: false, degraded: true, detail: `${store.kind} unreachable since ${health.downSince()?.toISOString()}; ${waiting} writes waiting in the outbox` };
    await store.ping();
    return { ok: true, detail: waiting ? `${store.kind}; ${waiting} writes waiting in the outbox` : store.kind };
  }
  const purge = createPurgeJob({ store, retentionDays: config.retentionDays, clock, logger });
  // Jobs run once per period across all instances, under a lease in the store (jobs/leased-job.ts).
  const jobs = [
    // The daily retention purge, in the period that starts at 01:00 Vietnam time (18:00 UTC).
    createLeasedJob({ name: 'retention-purge', periodMs: DAY_MS, offsetMs: 18 * 3600_000, run: () => purge.runOnce(), store, clock, logger }),
    createLeasedJob({ name: 'expiring-sweep', periodMs: 10 * 60_000, run: () => store.expiring.sweep(), store, clock, logger }),
  ];

  let server: Server | undefined;
  return {
    http,
    store,
    knowledge,
    checkKnowledgeSources: () => sourceWatch.check(),
    start: () =>
      new Promise((resolve, reject) => {
        // Express 5 also calls this back with the error when listening fails (e.g. the port is taken).
        server = http.listen(config.port, config.host, (err?: Error) => {
          if (err) return reject(err);
          for (const job of jobs) job.start();
          resolve(describeListenAddress(server!.address() as AddressInfo));
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
      stopping = true;
      for (const job of jobs) job.stop();
      sourceWatch.stop();
      const closed = server ? new Promise<void>((resolve) => server!.close(() => resolve())) : Promise.resolve();
      await inFlight.drain(10_000);
      server?.closeIdleConnections?.();
      await closed;
      await auditLog.drain().catch(() => 0);
      await auditLog.close();
      await feedbackRepo.outbox.drain().catch(() => 0);
      await answersRepo.outbox.drain().catch(() => 0);
      await feedbackRepo.close();
      await answersRepo.close();
      health.close();
      await store.close();
      await knowledge.close();
    },
  };
}
