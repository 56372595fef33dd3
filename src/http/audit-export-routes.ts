import type { Router } from 'express';
import { z } from 'zod';
import { AUDIT_EXPORT_COLUMNS, auditExportRows } from '../audit/audit-export-rows';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import { exportsVi } from '../messages/exports';
import type { Store } from '../store/types';
import { createExportRoute } from './export-route';
import { exportQueryShape, optionalParam, rangeIsOrdered } from './export-query';

const auditQuerySchema = z
  .object({ ...exportQueryShape, type: optionalParam(z.enum(['turn', 'admin', 'security'])), unit: optionalParam(z.string().trim().min(1).max(200)) })
  .refine(rangeIsOrdered, { message: 'from must be before to', path: ['from'] });

/** GET /admin/audit/export?format=csv|xlsx|json&from=&to=&type=&unit= — mount behind createExportsGuard. Actors are pseudonymous unless `exportRealUserIds`. */
export function createAuditExportRouter(deps: { store: Pick<Store, 'audit' | 'state'>; exportRealUserIds: boolean; clock: Clock; logger?: Logger }): Router {
  return createExportRoute({
    path: '/admin/audit/export',
    name: 'audit',
    query: auditQuerySchema,
    columns: AUDIT_EXPORT_COLUMNS,
    sheet: exportsVi.audit.sheet,
    mark: 'system',
    rows: (q, pseudonymize) => auditExportRows({ audit: deps.store.audit, query: { from: q.from, to: q.to, type: q.type, unit: q.unit }, pseudonymize }),
    state: deps.store.state,
    exportRealUserIds: deps.exportRealUserIds,
    clock: deps.clock,
    logger: deps.logger,
  });
}
