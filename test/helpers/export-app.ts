import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import pino from 'pino';
import { errorMiddleware } from '../../src/http/error-middleware';
import { createExportsGuard } from '../../src/http/exports-guard';
import { createAuditExportRouter } from '../../src/http/audit-export-routes';
import { createFeedbackExportRouter } from '../../src/http/feedback-export-routes';
import type { Store } from '../../src/store/types';

/** Starts an express app on port 0 with the admin export routers over `store`; returns its base URL and a closer. */
export async function startExportApp(opts: { store: Store; token?: string; exportRealUserIds?: boolean }): Promise<{ url: string; close(): Promise<void> }> {
  const logger = pino({ level: 'silent' });
  const clock = { now: () => new Date('2026-04-01T00:00:00Z') };
  const app = express();
  app.use(createExportsGuard({ adminToken: opts.token, users: opts.store.users }));
  app.use(createFeedbackExportRouter({ store: opts.store, exportRealUserIds: opts.exportRealUserIds ?? false, clock, logger }));
  app.use(createAuditExportRouter({ store: opts.store, exportRealUserIds: opts.exportRealUserIds ?? false, clock, logger }));
  app.use(errorMiddleware(logger));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
