import express, { Router, type Response } from 'express';
import { z } from 'zod';
import type { Clock } from '../core/clock';
import type { UserRepository } from '../store/types';
import { createAccountService, type AccountResult } from '../accounts/account-service';
import type { ApiTokenRepository } from '../accounts/api-tokens';
import type { AuditRecorder } from '../accounts/audit-recorder';
import { createUserImport } from '../accounts/import-users';
import { createTokenService } from '../accounts/token-service';
import type { ChannelLinks } from '../accounts/channel-links';
import { describeIssues, newUserSchema } from '../accounts/user-input';
import type { UserStatus } from '../store/types';
import { createAdminPrincipal, principalOf, sendInvalid, sendRefusal } from './admin-principal';

export interface AdminUsersRouterDeps {
  users: UserRepository;
  /** Where admin events go (e.g. `{ record: (e) => store.audit.append(e) }`). */
  audit: AuditRecorder;
  /** Config.admin.token; without it every admin route answers 503. */
  adminToken?: string;
  /** Per-person tokens; without it only ADMIN_API_TOKEN authenticates and /admin/tokens answers 503. */
  tokens?: ApiTokenRepository;
  /** One-time codes linking a Zalo user to an account; without it /admin/users/:id/link-code answers 503. */
  links?: ChannelLinks;
  clock: Clock;
}

const listQuery = z.object({ unit: z.string().trim().min(1).max(200).optional() }).strict();
const tokenBody = z.object({ userId: z.string().trim().min(1).max(320) }).strict();

function sendAccount(res: Response, r: AccountResult): void {
  if (r.kind === 'forbidden') return sendRefusal(res, r);
  if (r.kind === 'not_found') return void res.status(404).json({ error: { code: 'NOT_FOUND', message: `no account ${r.id}` } });
  res.status(r.change === 'added' || r.created ? 201 : 200).json({ change: r.change, user: r.user, ...(r.created ? { created: true } : {}) });
}

/** Account administration over HTTP: POST/GET /admin/users, CSV import, revoke/lock/restore, per-person tokens. */
export function createAdminUsersRouter(deps: AdminUsersRouterDeps): Router {
  const router = Router();
  const auth = createAdminPrincipal({ adminToken: deps.adminToken, tokens: deps.tokens, users: deps.users });
  const accounts = createAccountService(deps);
  const importUsers = createUserImport({ accounts, audit: deps.audit, clock: deps.clock });
  const json = express.json({ limit: '64kb' });
  const csv = express.text({ type: ['text/csv', 'text/plain', 'application/csv'], limit: '5mb' });

  router.post('/admin/users', auth, json, async (req, res) => {
    const body = newUserSchema.safeParse(req.body ?? {});
    if (!body.success) return sendInvalid(res, `invalid user: ${describeIssues(body.error)}`, body.error.issues);
    sendAccount(res, await accounts.add(principalOf(res), body.data));
  });

  router.post('/admin/users/import', auth, csv, async (req, res) => {
    if (typeof req.body !== 'string') return void res.status(415).json({ error: { code: 'UNSUPPORTED', message: 'send the CSV with Content-Type: text/csv' } });
    const r = await importUsers(principalOf(res), req.body);
    if (r.kind === 'forbidden') return sendRefusal(res, r);
    if (r.kind === 'invalid') return void res.status(400).json({ error: { code: 'BAD_REQUEST', message: r.message, line: r.line } });
    res.json(r);
  });

  const statusRoute = (verb: string, status: UserStatus) =>
    router.post(`/admin/users/:id/${verb}`, auth, async (req, res) => {
      sendAccount(res, await accounts.setStatus(principalOf(res), String(req.params.id), status));
    });
  statusRoute('revoke', 'revoked');
  statusRoute('lock', 'locked');
  statusRoute('restore', 'active');

  router.get('/admin/users', auth, async (req, res) => {
    const q = listQuery.safeParse(req.query);
    if (!q.success) return sendInvalid(res, `invalid query: ${describeIssues(q.error)}`, q.error.issues);
    const r = await accounts.list(principalOf(res), q.data.unit);
    if (r.kind !== 'ok') return sendRefusal(res, r);
    res.json({ unit: r.unit ?? null, count: r.users.length, users: r.users });
  });

  // A one-time code the person sends to the Zalo bot to link their Zalo account (shown once, valid 15 minutes).
  router.post('/admin/users/:id/link-code', auth, async (req, res) => {
    if (!deps.links) return void res.status(503).json({ error: { code: 'UNAVAILABLE', message: 'channel linking is not configured' } });
    const r = await deps.links.issue(principalOf(res), String(req.params.id));
    if (r.kind === 'forbidden') return sendRefusal(res, r);
    if (r.kind === 'not_found') return void res.status(404).json({ error: { code: 'NOT_FOUND', message: `no account ${r.id}` } });
    if (r.kind === 'not_active') return sendInvalid(res, `${r.user.id} is ${r.user.status}: only an active account can be linked`);
    res.status(201).json({ code: r.code, userId: r.user.id, expiresAt: r.expiresAt.toISOString(), note: 'one use; give it to the person only' });
  });

  const tokens = deps.tokens && createTokenService({ users: deps.users, tokens: deps.tokens, audit: deps.audit, clock: deps.clock });
  const noTokens = (res: Response) => res.status(503).json({ error: { code: 'UNAVAILABLE', message: 'per-person tokens are not configured' } });

  router.post('/admin/tokens', auth, json, async (req, res) => {
    if (!tokens) return void noTokens(res);
    const body = tokenBody.safeParse(req.body ?? {});
    if (!body.success) return sendInvalid(res, `invalid body: ${describeIssues(body.error)}`, body.error.issues);
    const r = await tokens.issue(principalOf(res), body.data.userId);
    if (r.kind === 'forbidden') return sendRefusal(res, r);
    if (r.kind === 'not_found') return void res.status(404).json({ error: { code: 'NOT_FOUND', message: `no account ${r.id}` } });
    if (r.kind === 'not_eligible') return sendInvalid(res, `${r.id} must be an active unit_admin, auditor or system_admin`);
    if (r.kind === 'issued') res.status(201).json({ token: r.token, userId: r.user.id, role: r.user.role, unit: r.user.unit, note: 'shown once; store it safely' });
  });

  router.delete('/admin/tokens/:userId', auth, async (req, res) => {
    if (!tokens) return void noTokens(res);
    const r = await tokens.revoke(principalOf(res), String(req.params.userId));
    if (r.kind === 'forbidden') return sendRefusal(res, r);
    if (r.kind === 'revoked') res.json({ userId: r.userId, revoked: r.existed });
  });

  return router;
}
