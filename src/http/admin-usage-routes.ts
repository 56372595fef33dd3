import { Router } from 'express';
import { z } from 'zod';
import type { Clock } from '../core/clock';
import type { AuditRepository, UserRepository } from '../store/types';
import type { ApiTokenRepository } from '../accounts/api-tokens';
import type { AuditRecorder } from '../accounts/audit-recorder';
import { resolvePeriod } from '../accounts/usage-period';
import { createUsageService } from '../accounts/usage-service';
import { usageToXlsx } from '../accounts/usage-xlsx';
import { describeIssues } from '../accounts/user-input';
import { createAdminPrincipal, principalOf, sendInvalid, sendRefusal } from './admin-principal';

export interface AdminUsageRouterDeps {
  users: Pick<UserRepository, 'get'>;
  /** The audit log the figures are computed from. */
  auditLog: Pick<AuditRepository, 'list'>;
  /** Where the read itself is audited. */
  audit: AuditRecorder;
  adminToken?: string;
  tokens?: ApiTokenRepository;
  clock: Clock;
}

const usageQuery = z
  .object({
    from: z.string().trim().optional(),
    to: z.string().trim().optional(),
    unit: z.string().trim().min(1).max(200).optional(),
    format: z.enum(['json', 'xlsx']).default('json'),
  })
  .strict();

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** GET /admin/usage?from=&to=&unit=&format=json|xlsx: usage per unit and Vietnam day (default: the last 30 days). */
export function createAdminUsageRouter(deps: AdminUsageRouterDeps): Router {
  const router = Router();
  const auth = createAdminPrincipal({ adminToken: deps.adminToken, tokens: deps.tokens, users: deps.users });
  const usage = createUsageService(deps);

  router.get('/admin/usage', auth, async (req, res) => {
    const q = usageQuery.safeParse(req.query);
    if (!q.success) return sendInvalid(res, `invalid query: ${describeIssues(q.error)}`, q.error.issues);
    const period = resolvePeriod(q.data, deps.clock.now(), 30);
    if (!period) return sendInvalid(res, 'from/to must be YYYY-MM-DD (Vietnam days) or ISO instants, from before to, at most 366 days');
    const r = await usage(principalOf(res), period, q.data.unit);
    if (r.kind !== 'ok') return sendRefusal(res, r);
    if (q.data.format === 'xlsx') {
      res.set('Content-Type', XLSX);
      res.set('Content-Disposition', `attachment; filename="usage-${period.fromDay}-${period.toDay}.xlsx"`);
      return void res.send(await usageToXlsx(r.report, deps.clock.now()));
    }
    res.json({ ...r.report, fromDay: period.fromDay, toDay: period.toDay, unit: r.report.unit ?? null });
  });

  return router;
}
