import { Router } from 'express';
import { z } from 'zod';
import { AUDIT_EXPORT_COLUMNS, auditExportRows } from '../audit/audit-export-rows';
import { createPseudonymizer } from '../audit/pseudonymize';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import { getExportSalt } from '../store/export-salt';
import type { Store } from '../store/types';
import { sendExport } from './export-formats';
import { describeIssues, exportQueryShape, optionalParam, rangeIsOrdered, toExportRange } from './export-query';

const auditQuerySchema = z
  .object({ ...exportQueryShape, type: optionalParam(z.enum(['turn', 'admin', 'security'])), unit: optionalParam(z.string().trim().min(1).max(200)) })
  .refine(rangeIsOrdered, { message: 'from must be before to', path: ['from'] });

/** GET /admin/audit/export?format=csv|xlsx|json&from=&to=&type=&unit= — mount behind createExportsGuard. Actors are pseudonymous unless `exportRealUserIds`. */
export function createAuditExportRouter(deps: { store: Pick<Store, 'audit' | 'state'>; exportRealUserIds: boolean; clock: Clock; logger?: Logger }): Router {
  const router = Router();
  router.get('/admin/audit/export', async (req, res) => {
    const parsed = auditQuerySchema.safeParse(req.query);
    if (!parsed.success) {
      res.status(400).json({ error: { code: 'BAD_REQUEST', message: `invalid query: ${describeIssues(parsed.error)}` } });
      return;
    }
    const { from, to, ...rest } = parsed.data;
    const q = { ...rest, ...toExportRange({ from, to }) };
    const pseudonymize = createPseudonymizer({ salt: await getExportSalt(deps.store.state), realUserIds: deps.exportRealUserIds });
    deps.logger?.info({ format: q.format, from: q.from, to: q.to, type: q.type }, 'admin: audit export');
    const stamp = deps.clock.now().toISOString().slice(0, 10);
    await sendExport(res, {
      format: q.format,
      basename: `audit-${stamp}`,
      columns: AUDIT_EXPORT_COLUMNS,
      rows: auditExportRows({ audit: deps.store.audit, query: { from: q.from, to: q.to, type: q.type, unit: q.unit }, pseudonymize }),
    });
  });
  return router;
}
