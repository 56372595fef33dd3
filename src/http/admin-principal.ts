import type { RequestHandler, Response } from 'express';
import { createPrincipalResolver, type PrincipalResolverDeps } from '../accounts/resolve-principal';
import type { Principal } from '../accounts/principal';
import type { Refusal } from '../accounts/policy';
import type { Role } from '../store/types';

export type { PrincipalResolverDeps } from '../accounts/resolve-principal';

/**
 * Admin API authentication: `Authorization: Bearer <token>` with ADMIN_API_TOKEN (system administrator) or a
 * per-person token (its holder's current role and unit). 503 when ADMIN_API_TOKEN is unset, 401 without a valid token.
 */
export function createAdminPrincipal(deps: PrincipalResolverDeps): RequestHandler {
  const resolve = createPrincipalResolver(deps);
  return async (req, res, next) => {
    const r = await resolve(req.get('authorization'));
    if (r.kind === 'ok') {
      res.locals.principal = r.principal;
      return next();
    }
    if (r.kind === 'disabled') return void res.status(503).json({ error: { code: 'UNAVAILABLE', message: 'admin API disabled: ADMIN_API_TOKEN is not set' } });
    if (r.kind === 'forbidden') return void res.status(403).json({ error: { code: 'FORBIDDEN', message: 'this account has no administrative role' } });
    res.set('WWW-Authenticate', 'Bearer realm="admin"');
    res.status(401).json({ error: { code: 'UNAUTHORIZED', message: 'a valid bearer token is required' } });
  };
}

/** The principal set by createAdminPrincipal on this request. */
export function principalOf(res: Response): Principal {
  return res.locals.principal as Principal;
}

/** Sends 403 with an operator-readable reason for a refusal by the role rules. */
export function sendRefusal(res: Response, r: Refusal): void {
  const message =
    r.reason === 'other_unit' ? `unit administrators can only act on their own unit (${r.unit ?? 'none'})`
    : r.reason === 'grant_role' ? `you cannot grant the role ${r.role}`
    : r.reason === 'target_role' ? `you cannot change an account with the role ${r.role}`
    : r.reason === 'identity_conflict' ? 'the id and the UPN belong to two different accounts: a system administrator must reconcile them first'
    : 'your role does not allow this action';
  res.status(403).json({ error: { code: 'FORBIDDEN', message } });
}

/** Sends 400 with the zod issues of an invalid request. */
export function sendInvalid(res: Response, message: string, issues?: { path: (string | number)[]; message: string }[]): void {
  res.status(400).json({ error: { code: 'BAD_REQUEST', message, ...(issues ? { issues: issues.map((i) => ({ path: i.path.join('.'), message: i.message })) } : {}) } });
}

/** After createAdminPrincipal: lets only the given roles through (e.g. exports: ['system_admin', 'auditor']), else 403. */
export function requireRole(...roles: Role[]): RequestHandler {
  return (_req, res, next) => {
    if (roles.includes(principalOf(res).role)) return next();
    res.status(403).json({ error: { code: 'FORBIDDEN', message: `this action needs one of the roles ${roles.join(', ')}` } });
  };
}
