import express, { Router, type ErrorRequestHandler } from 'express';
import type { INetworkModule } from '@azure/msal-node';
import type { Config } from '../config';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { AuditRecorder } from '../accounts/audit-recorder';
import { createStateTokenRepository } from '../accounts/api-tokens';
import { createUsageOverview } from '../accounts/usage-overview';
import type { FeedbackRepository, Store } from '../store/types';
import type { DocumentStatusBook } from '../qa/document-status';
import type { ScreenNote } from '../feedback/feedback-review';
import { contextOf, createConsoleAuth } from './auth/console-auth';
import { requireCsrf } from './auth/csrf';
import { createEntraLogin } from './auth/entra-login';
import { securityHeaders } from './auth/security-headers';
import { createSessionStore } from './auth/sessions';
import { createAssetsRouter } from './assets';
import type { ConsoleAppeals } from './appeals-port';
import type { ConsoleKnowledge, ConsoleKnowledgeSources } from './knowledge-port';
import { multipartForm } from './multipart';
import { uploadProblemText } from './routes/knowledge-routes';
import { KNOWLEDGE_UPLOAD_MAX_BYTES } from '../knowledge-sources/source-format';
import { html } from './html';
import { cv } from './messages';
import type { Area } from './capabilities';
import { guardArea, sendNotFound, sendPage } from './respond';
import { registerLoginRoutes } from './routes/login-routes';
import { registerUsageRoutes } from './routes/usage-routes';
import { registerFeedbackRoutes } from './routes/feedback-routes';
import { registerWorklistRoutes } from './routes/worklist-routes';
import { registerAlertsRoutes } from './routes/alerts-routes';
import { registerAccountsRoutes } from './routes/accounts-routes';
import { registerAuditRoutes } from './routes/audit-routes';
import { registerAppealsRoutes } from './routes/appeals-routes';
import { registerDocumentsRoutes } from './routes/documents-routes';
import { registerKnowledgeRoutes } from './routes/knowledge-routes';
import { registerTeamsRoutes } from './routes/teams-routes';
import { entraSigningKeys, type TeamsSsoSettings } from './auth/teams-sso';

const ABSOLUTE_SESSION_MS = 12 * 3600_000;

export interface ConsoleDeps {
  /** ADMIN_API_TOKEN: the local sign-in's system administrator (and what enables it). */
  adminToken?: string;
  settings: Config['console'];
  exportRealUserIds: boolean;
  store: Pick<Store, 'users' | 'answers' | 'audit' | 'state'>;
  /** The feedback repository (the durable one in the service). */
  feedback: FeedbackRepository;
  /** Where the console's own actions are audited (the audit log). */
  audit: AuditRecorder;
  /** The gate, for administrators' free-text notes. */
  screen: ScreenNote;
  documentStatus: Pick<DocumentStatusBook, 'list' | 'set'>;
  knowledge: ConsoleKnowledge;
  knowledgePaths: string[];
  /** Uploaded knowledge sources and their upload; absent, the knowledge page only lists what is loaded. */
  knowledgeSources?: ConsoleKnowledgeSources;
  /** The appeals' review use case, where the service has one (the gate appeals work); else the page says it is off. */
  appeals?: ConsoleAppeals;
  clock: Clock;
  logger: Logger;
  /** Replaces msal's HTTP client (tests of the Entra sign-in). */
  entraNetwork?: INetworkModule;
  /** Teams single sign-on of the console's tab (the bot registration and tenant); absent = the tab shows the sign-in link. */
  teamsSso?: TeamsSsoSettings;
  /** Replaces the fetch of Entra's signing keys (tests). */
  teamsKeys?: () => Promise<import('node:crypto').JsonWebKey[]>;
}

/**
 * The administrators' console at /console: server-rendered pages over the existing use cases (accounts, feedback,
 * audit, usage, document status, appeals), one more edge like src/bot. Sessions live in the store, every form carries
 * an anti-CSRF token, and each page and action checks the role on the server.
 */
export function createConsoleRouter(deps: ConsoleDeps): Router {
  const router = Router();
  const https = deps.settings.publicUrl?.startsWith('https://') ?? false;
  const tokens = createStateTokenRepository(deps.store.state);
  const sessions = createSessionStore({ state: deps.store.state, clock: deps.clock, idleMs: deps.settings.idleMinutes * 60_000, maxMs: ABSOLUTE_SESSION_MS });
  const auth = createConsoleAuth({ sessions, users: deps.store.users, tokens, adminToken: deps.adminToken, secure: https, idleMinutes: deps.settings.idleMinutes });
  const e = deps.settings.entra;
  const entra = e && deps.settings.publicUrl
    ? createEntraLogin({ settings: { ...e, redirectUri: `${deps.settings.publicUrl}/console/auth/callback` }, state: deps.store.state, clock: deps.clock, network: deps.entraNetwork })
    : undefined;
  const { audit, clock } = deps;

  router.use('/console', securityHeaders({ https }));
  router.use(createAssetsRouter());
  registerLoginRoutes(router, { auth, entra, localEnabled: !!deps.adminToken, users: deps.store.users, audit, clock, secure: https });
  const sso = deps.teamsSso;
  registerTeamsRoutes(router, { auth, sso, keys: deps.teamsKeys ?? (sso ? entraSigningKeys(sso) : async () => []), users: deps.store.users, audit, clock });

  // Everything below needs a live session; every POST below needs the session's anti-CSRF token.
  const form = express.urlencoded({ extended: false, limit: '6mb' });
  const csrfRefused = requireCsrf((_req, res) => {
    res.locals.csrfRefused = true;
    sendPage(res, { title: cv.errors.csrfTitle, body: html`<p role="alert">${cv.errors.csrf}</p><p><a href="/console">${cv.errors.back}</a></p>` }, 403);
  });
  const app = Router();
  // The service's other routes (/api/messages, /admin/…) pass through untouched.
  app.use((req, _res, next) => (/^\/console(\/|$)/.test(req.path) && !req.path.startsWith('/console/assets/') ? next() : next('router')));
  // Uploads (multipart) are read before the anti-CSRF check, which then finds their `_csrf` field as in any form.
  const maxUpload = deps.knowledgeSources?.maxBytes ?? KNOWLEDGE_UPLOAD_MAX_BYTES;
  const uploads = multipartForm({
    paths: ['/console/knowledge/sources'], maxBytes: maxUpload + 64 * 1024,
    onTooLarge: (_req, res) => sendPage(res, { title: cv.knowledge.title, area: 'knowledge', ctx: contextOf(res), body: html`<p role="alert">${uploadProblemText({ kind: 'invalid', problem: 'too_large', fileName: '' }, maxUpload)}</p><p><a href="/console/knowledge">${cv.errors.back}</a></p>` }, 413),
  });
  app.use(auth.require, form, uploads, csrfRefused);

  app.post('/console/logout', async (req, res) => {
    await auth.signOut(req, res);
    res.redirect(303, '/console/login?why=out');
  });
  const guard = (area: Area) => guardArea(area, audit, clock);
  registerUsageRoutes(app, { overview: createUsageOverview({ auditLog: deps.store.audit, users: deps.store.users, audit, clock }), users: deps.store.users, clock });
  // Each area under /console/<area>: its role checked on the server, then its routes.
  const areas: [Area, () => void][] = [
    ['feedback', () => registerFeedbackRoutes(app, deps)],
    ['worklist', () => registerWorklistRoutes(app, deps)],
    ['alerts', () => registerAlertsRoutes(app, deps)],
    ['accounts', () => registerAccountsRoutes(app, { ...deps, tokens })],
    ['audit', () => registerAuditRoutes(app, deps)],
    ['appeals', () => registerAppealsRoutes(app, deps)],
    ['documents', () => registerDocumentsRoutes(app, deps)],
    ['knowledge', () => registerKnowledgeRoutes(app, deps)],
  ];
  for (const [area, register] of areas) {
    app.use(`/console/${area}`, guard(area));
    register();
  }
  app.use((_req, res) => sendNotFound(res));
  router.use(app);

  // Failures inside the console answer with a page, never a stack trace.
  const onError: ErrorRequestHandler = (err, req, res, _next) => {
    deps.logger.error({ err: (err as Error).message, path: req.path }, 'console request failed');
    if (res.headersSent) return res.end();
    sendPage(res, { title: cv.errors.failedTitle, body: html`<p role="alert">${cv.errors.failed}</p>` }, 500);
  };
  router.use('/console', onError);
  return router;
}
