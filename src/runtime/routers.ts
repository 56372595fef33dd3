import type { Router } from 'express';
import type { Config } from '../config';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { FeedbackRepository, Store } from '../store/types';
import type { AuditLog } from '../audit/audit-log';
import type { KnowledgeHolder } from './knowledge-holder';
import { createHealthRoutes } from '../http/health-routes';
import { createFeedbackExportRouter } from '../http/feedback-export-routes';
import { createAuditExportRouter } from '../http/audit-export-routes';
import { createAdminUsersRouter } from '../http/admin-users-routes';
import { createAdminUsageRouter } from '../http/admin-usage-routes';
import { createStateTokenRepository } from '../accounts/api-tokens';
import { createExportsGuard } from '../http/exports-guard';
import { createAdminAppealsRouter } from '../http/admin-appeals-routes';
import type { Gate } from '../gate/types';

export interface RouterDeps {
  config: Config;
  store: Store;
  knowledge: KnowledgeHolder;
  /** POST /api/messages, built by the bot layer. */
  messages: Router;
  auditLog: AuditLog;
  feedbackRepo: FeedbackRepository;
  /** Screens the reviewers' notes on appeals. */
  gate: Gate;
  clock: Clock;
  logger: Logger;
}

/** The HTTP routes of the service: Bot Framework messages, health, and the admin API. */
export function createRouters(deps: RouterDeps): Router[] {
  const { store, knowledge, logger, clock, config } = deps;
  const tokens = createStateTokenRepository(store.state);
  const audit = { record: (e: Parameters<AuditLog['record']>[0]) => deps.auditLog.record(e) };
  const exportDeps = { exportRealUserIds: config.admin.exportRealUserIds, clock, logger };
  const exportsGuard = createExportsGuard({ adminToken: config.admin.token, tokens, users: store.users });
  return [
    deps.messages,
    createHealthRoutes({
      store: async () => {
        await store.ping();
        return { ok: true, detail: store.kind };
      },
      knowledge: async () => {
        const kb = knowledge.current();
        if (kb) return { ok: true, detail: `${kb.articleCount} articles` };
        return { ok: false, detail: knowledge.error()?.message ?? 'loading' };
      },
    }),
    createAdminUsersRouter({ users: store.users, audit, adminToken: config.admin.token, tokens, clock }),
    createAdminUsageRouter({ users: store.users, auditLog: store.audit, audit, adminToken: config.admin.token, tokens, clock }),
    createAdminAppealsRouter({
      appeals: store.appeals, gate: deps.gate, users: store.users, state: store.state, audit, adminToken: config.admin.token, tokens,
      exportRealUserIds: config.admin.exportRealUserIds, clock,
    }),
    exportsGuard,
    createFeedbackExportRouter({ store: { feedback: deps.feedbackRepo, answers: store.answers, state: store.state }, ...exportDeps }),
    createAuditExportRouter({ store, ...exportDeps }),
  ];
}
