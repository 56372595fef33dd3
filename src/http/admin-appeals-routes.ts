import express, { Router, type Response } from 'express';
import { z } from 'zod';
import type { Clock } from '../core/clock';
import type { Gate } from '../gate/types';
import type { AppealRepository, StateRepository, UserRepository, Appeal } from '../store/types';
import type { ApiTokenRepository } from '../accounts/api-tokens';
import type { AuditRecorder } from '../accounts/audit-recorder';
import { createPseudonymizer } from '../audit/pseudonymize';
import { getExportSalt } from '../store/export-salt';
import { createAppealReview } from '../appeals/review-appeals';
import { describeIssues, exportQueryShape, optionalParam, rangeIsOrdered, toExportRange } from './export-query';
import { createAdminPrincipal, principalOf, sendInvalid, sendRefusal } from './admin-principal';

export interface AdminAppealsRouterDeps {
  appeals: AppealRepository;
  gate: Gate;
  users: Pick<UserRepository, 'get'>;
  /** Where the salt of pseudonymous user ids is kept (the exports' salt). */
  state: StateRepository;
  audit: AuditRecorder;
  adminToken?: string;
  tokens?: ApiTokenRepository;
  exportRealUserIds: boolean;
  clock: Clock;
}

const listQuery = z
  .object({ status: optionalParam(z.enum(['pending', 'accepted', 'rejected'])), from: exportQueryShape.from, to: exportQueryShape.to })
  .strict()
  .refine(rangeIsOrdered, { message: 'from must be before to', path: ['from'] });
const decisionBody = z.object({ decision: z.enum(['accepted', 'rejected']), note: z.string().max(2000).optional() }).strict();

/** An appeal as the API shows it: the person pseudonymous (as in exports) unless EXPORT_REAL_USER_IDS. */
const view = (a: Appeal, pseudonymize: (id: string) => string) => ({ ...a, userId: pseudonymize(a.userId) });

/**
 * GET /admin/appeals?status=&from=&to= (system administrators, auditors) and POST /admin/appeals/{id}/decision
 * {decision: accepted|rejected, note} (system administrators); both audited.
 */
export function createAdminAppealsRouter(deps: AdminAppealsRouterDeps): Router {
  const router = Router();
  const auth = createAdminPrincipal({ adminToken: deps.adminToken, tokens: deps.tokens, users: deps.users });
  const review = createAppealReview(deps);
  const pseudonymizer = async () => createPseudonymizer({ salt: await getExportSalt(deps.state), realUserIds: deps.exportRealUserIds });
  const notFound = (res: Response, id: string) => res.status(404).json({ error: { code: 'NOT_FOUND', message: `no appeal ${id}` } });

  router.get('/admin/appeals', auth, async (req, res) => {
    const q = listQuery.safeParse(req.query);
    if (!q.success) return sendInvalid(res, `invalid query: ${describeIssues(q.error)}`, q.error.issues);
    const r = await review.list(principalOf(res), { ...toExportRange(q.data), status: q.data.status });
    if (r.kind !== 'ok') return sendRefusal(res, r);
    const pseudonymize = await pseudonymizer();
    res.json({ count: r.appeals.length, appeals: r.appeals.map((a) => view(a, pseudonymize)) });
  });

  router.post('/admin/appeals/:id/decision', auth, express.json({ limit: '16kb' }), async (req, res) => {
    const body = decisionBody.safeParse(req.body ?? {});
    if (!body.success) return sendInvalid(res, `invalid decision: ${describeIssues(body.error)}`, body.error.issues);
    const id = String(req.params.id);
    const r = await review.decide(principalOf(res), id, body.data);
    switch (r.kind) {
      case 'forbidden': return sendRefusal(res, r);
      case 'not_found': return void notFound(res, id);
      case 'note_blocked': return sendInvalid(res, 'the note was refused by the sensitivity gate (it is not stored); write it without identifiers or secret content');
      case 'already_decided': return void res.status(409).json({ error: { code: 'CONFLICT', message: `appeal ${id} was already ${r.appeal.status}` } });
      case 'decided': return void res.json({ appeal: view(r.appeal, await pseudonymizer()) });
    }
  });

  return router;
}
