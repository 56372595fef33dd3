import { Router, json } from 'express';
import type { Clock } from '../core/clock';
import type { UserRepository } from '../store/types';
import type { ApiTokenRepository } from '../accounts/api-tokens';
import { recordAdmin, type AuditRecorder } from '../accounts/audit-recorder';
import { describeIssues } from '../accounts/user-input';
import { documentStatusSchema, type createDocumentStatusBook } from '../qa/document-status';
import { createAdminPrincipal, principalOf, requireRole, sendInvalid } from './admin-principal';

export interface AdminDocumentsRouterDeps {
  book: Pick<ReturnType<typeof createDocumentStatusBook>, 'list' | 'set'>;
  users: Pick<UserRepository, 'get'>;
  audit: AuditRecorder;
  adminToken?: string;
  tokens?: ApiTokenRepository;
  clock: Clock;
}

/**
 * GET /admin/documents/status: the documents declared amended, replaced or expired (shipped list and declarations).
 * POST /admin/documents/status {soHieu, status: amended|replaced|expired|in_force, by?, from?, note?}: declares
 * a document's force (system administrators); answers say "amended" or stop quoting it from the next question.
 */
export function createAdminDocumentsRouter(deps: AdminDocumentsRouterDeps): Router {
  const router = Router();
  const auth = createAdminPrincipal({ adminToken: deps.adminToken, tokens: deps.tokens, users: deps.users });

  router.get('/admin/documents/status', auth, requireRole('system_admin', 'auditor'), async (_req, res) => {
    res.json({ documents: await deps.book.list() });
  });

  router.post('/admin/documents/status', auth, requireRole('system_admin'), json({ limit: '16kb' }), async (req, res) => {
    const parsed = documentStatusSchema.safeParse(req.body);
    if (!parsed.success) return sendInvalid(res, `invalid document status: ${describeIssues(parsed.error)}`, parsed.error.issues);
    if ((parsed.data.status === 'replaced' || parsed.data.status === 'amended') && !parsed.data.by) {
      return sendInvalid(res, `invalid document status: "by" (the ${parsed.data.status === 'replaced' ? 'replacing' : 'amending'} document) is required`);
    }
    const p = principalOf(res);
    const entry = await deps.book.set(parsed.data, p.actor);
    await recordAdmin(deps.audit, deps.clock, p, { action: 'document_status', target: entry.soHieu, outcome: entry.status });
    res.status(201).json(entry);
  });

  return router;
}
