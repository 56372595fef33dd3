import type { Response, Router } from 'express';
import { createAccountService, type AccountResult } from '../../accounts/account-service';
import type { ApiTokenRepository } from '../../accounts/api-tokens';
import type { AuditRecorder } from '../../accounts/audit-recorder';
import { createUserImport } from '../../accounts/import-users';
import { createTokenService } from '../../accounts/token-service';
import { describeIssues, newUserSchema } from '../../accounts/user-input';
import type { Clock } from '../../core/clock';
import type { UserRepository, UserStatus } from '../../store/types';
import { contextOf } from '../auth/console-auth';
import { field, queryOf } from '../form';
import type { Flash } from '../layout';
import { cv, fill } from '../messages';
import { accountsPage, type AccountsView } from '../pages/accounts-page';
import { redirectDone, sendForbidden, sendInvalidPage } from '../respond';
import { knownUnits } from './usage-routes';

const STATUS_VERBS: Record<string, UserStatus> = { revoke: 'revoked', lock: 'locked', restore: 'active' };

/** Accounts over the account service: every change takes effect on the person's next message and is audited. */
export function registerAccountsRoutes(router: Router, deps: { store: { users: UserRepository }; tokens: ApiTokenRepository; audit: AuditRecorder; clock: Clock }): void {
  const users = deps.store.users;
  const accounts = createAccountService({ users, audit: deps.audit, clock: deps.clock });
  const importUsers = createUserImport({ accounts, audit: deps.audit, clock: deps.clock });
  const tokens = createTokenService({ users, tokens: deps.tokens, audit: deps.audit, clock: deps.clock });

  const show = async (res: Response, query: Record<string, string>, extra: Partial<AccountsView> = {}, status = 200) => {
    const ctx = contextOf(res);
    const r = await accounts.list(ctx.principal, query.unit);
    if (r.kind !== 'ok') return sendForbidden(res, r);
    const list = r.users.filter((u) => (!query.role || u.role === query.role) && (!query.status || u.status === query.status));
    const units = ctx.principal.role === 'unit_admin' ? [] : await knownUnits(users);
    res.status(status).type('html').send(accountsPage(ctx, { users: list, query, units, flash: [], ...extra }));
  };

  router.get('/console/accounts', async (req, res) => {
    const q = queryOf(req);
    const text = q.done && q.id ? (cv.accounts.changed as Record<string, string>)[q.done] ?? (q.done === 'token-revoked' ? cv.accounts.tokenRevoked : q.done === 'token-none' ? cv.accounts.tokenNone : undefined) : undefined;
    const { done: _d, id: _i, ...filters } = q;
    await show(res, filters, { flash: text ? [{ kind: 'ok', text: fill(text, { id: q.id }) }] : [] });
  });

  const changed = (res: Response, r: AccountResult) => {
    if (r.kind === 'forbidden') return sendForbidden(res, r);
    if (r.kind === 'not_found') return show(res, {}, { flash: [{ kind: 'error', text: fill(cv.accounts.notFound, { id: r.id }) }] }, 404);
    redirectDone(res, '/console/accounts', r.change, { id: r.user.id });
  };

  router.post('/console/accounts', async (req, res) => {
    const body = newUserSchema.safeParse({ id: field(req.body, 'id') ?? '', name: field(req.body, 'name') ?? '', unit: field(req.body, 'unit') ?? '', role: field(req.body, 'role') });
    if (!body.success) return sendInvalidPage(res, describeIssues(body.error));
    changed(res, await accounts.add(contextOf(res).principal, body.data, { via: 'console' }));
  });

  router.post('/console/accounts/import', async (req, res) => {
    const r = await importUsers(contextOf(res).principal, String((req.body as Record<string, unknown>)?.csv ?? ''));
    if (r.kind === 'forbidden') return sendForbidden(res, r);
    if (r.kind === 'invalid') return show(res, {}, { flash: [{ kind: 'error', text: `${r.line ? `${r.line}: ` : ''}${r.message}` }] }, 400);
    const flash: Flash[] = [{ kind: r.rejected ? 'error' : 'ok', text: fill(cv.accounts.importResult, r) }];
    await show(res, {}, { imported: r, flash });
  });

  router.post('/console/accounts/:id/:verb', async (req, res, next) => {
    const status = STATUS_VERBS[String(req.params.verb)];
    if (!status) return next();
    changed(res, await accounts.setStatus(contextOf(res).principal, String(req.params.id), status));
  });

  router.post('/console/accounts/:id/token', async (req, res) => {
    const r = await tokens.issue(contextOf(res).principal, String(req.params.id));
    if (r.kind === 'forbidden') return sendForbidden(res, r);
    if (r.kind === 'not_found') return show(res, {}, { flash: [{ kind: 'error', text: fill(cv.accounts.notFound, { id: r.id }) }] }, 404);
    if (r.kind === 'not_eligible') return show(res, {}, { flash: [{ kind: 'error', text: cv.accounts.tokenNotEligible }] }, 400);
    if (r.kind === 'issued') await show(res, {}, { issued: { userId: r.user.id, token: r.token } });
  });

  router.post('/console/accounts/:id/token/revoke', async (req, res) => {
    const r = await tokens.revoke(contextOf(res).principal, String(req.params.id));
    if (r.kind === 'forbidden') return sendForbidden(res, r);
    if (r.kind === 'revoked') redirectDone(res, '/console/accounts', r.existed ? 'token-revoked' : 'token-none', { id: r.userId });
  });
}
