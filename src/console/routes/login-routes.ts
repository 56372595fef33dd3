import express, { type Router } from 'express';
import { recordAdmin, type AuditRecorder } from '../../accounts/audit-recorder';
import { ADMIN_API_PRINCIPAL, principalOf } from '../../accounts/principal';
import { isAdminRole } from '../../accounts/roles';
import type { Clock } from '../../core/clock';
import type { UserRepository } from '../../store/types';
import type { ConsoleAuth } from '../auth/console-auth';
import { parseCookies, serializeCookie } from '../auth/cookies';
import { loginCsrf } from '../auth/csrf';
import type { EntraLogin } from '../auth/entra-login';
import { field } from '../form';
import type { Flash } from '../layout';
import { cv } from '../messages';
import { loginPage } from '../pages/login-page';

const OIDC_COOKIE = 'tlcv_oidc';
const WHY: Record<string, string> = { expired: cv.login.expired, ended: cv.login.ended, out: cv.login.signedOut, entra: cv.login.entraFailed, unknown: cv.login.notProvisioned };

/** Only our own console pages are places to return to after signing in (no open redirect). */
const safeNext = (next: string | undefined) => (next && /^\/console(\/|$|\?)/.test(next) && !next.startsWith('//') ? next : '/console');

export interface LoginRoutesDeps {
  auth: ConsoleAuth;
  /** Present when Entra is configured: then the token sign-in is off. */
  entra?: EntraLogin;
  /** The local sign-in is offered only with ADMIN_API_TOKEN set. */
  localEnabled: boolean;
  users: Pick<UserRepository, 'get'>;
  audit: AuditRecorder;
  clock: Clock;
  secure: boolean;
}

/** GET/POST /console/login and the Entra round trip (/console/auth/entra → /console/auth/callback). */
export function registerLoginRoutes(router: Router, deps: LoginRoutesDeps): void {
  const local = deps.localEnabled && !deps.entra;
  const form = express.urlencoded({ extended: false, limit: '16kb' });
  const show = (res: express.Response, next: string | undefined, flash: Flash[], status = 200) => {
    const csrf = local ? loginCsrf.issue(res, deps.secure) : undefined;
    res.status(status).type('html').send(loginPage({ entra: !!deps.entra, local, csrf, next, flash }));
  };

  router.get('/console/login', (req, res) => {
    const why = typeof req.query.why === 'string' ? WHY[req.query.why] : undefined;
    show(res, typeof req.query.next === 'string' ? req.query.next : undefined, why ? [{ kind: req.query.why === 'out' ? 'ok' : 'error', text: why }] : []);
  });

  router.post('/console/login', form, async (req, res) => {
    if (!local) return void res.status(404).type('text/plain').send('not found');
    const next = field(req.body, 'next');
    if (!loginCsrf.check(req)) return show(res, next, [{ kind: 'error', text: cv.login.csrf }], 403);
    const result = await deps.auth.checkToken(field(req.body, 'token') ?? '');
    if (result.kind !== 'ok') {
      await deps.audit.record({ time: deps.clock.now(), type: 'security', actor: 'console', action: 'console.sign_in', outcome: 'refused', details: { via: 'token', reason: result.reason } });
      return show(res, next, [{ kind: 'error', text: cv.login.refused }], 401);
    }
    await deps.auth.signIn(res, result.subject, 'token', result.tokenHash);
    const user = result.subject.kind === 'person' ? await deps.users.get(result.subject.userId) : undefined;
    const p = user ? principalOf(user, 'console') : { ...ADMIN_API_PRINCIPAL, via: 'console' as const };
    await recordAdmin(deps.audit, deps.clock, p, { action: 'console.sign_in', outcome: 'ok', details: { method: 'token' } });
    res.redirect(303, safeNext(next));
  });

  const entra = deps.entra;
  if (!entra) return;
  router.get('/console/auth/entra', async (req, res) => {
    const { url, pendingId } = await entra.begin(safeNext(typeof req.query.next === 'string' ? req.query.next : undefined));
    res.append('Set-Cookie', serializeCookie(OIDC_COOKIE, pendingId, { secure: deps.secure, sameSite: 'Lax', maxAgeSeconds: 600, path: '/console/auth' }));
    res.redirect(302, url);
  });

  router.get('/console/auth/callback', async (req, res) => {
    const pendingId = parseCookies(req.get('cookie')).get(OIDC_COOKIE);
    res.append('Set-Cookie', serializeCookie(OIDC_COOKIE, '', { secure: deps.secure, sameSite: 'Lax', maxAgeSeconds: 0, path: '/console/auth' }));
    const q = { code: field(req.query, 'code'), state: field(req.query, 'state'), error: field(req.query, 'error') };
    const outcome = await entra.finish(pendingId, q);
    const refuse = async (reason: string, why: string) => {
      await deps.audit.record({ time: deps.clock.now(), type: 'security', actor: 'console', action: 'console.sign_in', outcome: 'refused', details: { via: 'entra', reason } });
      res.redirect(303, `/console/login?why=${why}`);
    };
    if (outcome.kind !== 'ok') return refuse(outcome.reason, 'entra');
    const user = (outcome.oid ? await deps.users.get(outcome.oid) : undefined) ?? (outcome.upn ? await deps.users.get(outcome.upn) : undefined);
    if (!user || user.status !== 'active' || !isAdminRole(user.role)) return refuse(user ? 'not_admin' : 'not_provisioned', 'unknown');
    await deps.auth.signIn(res, { kind: 'person', userId: user.id }, 'entra');
    await recordAdmin(deps.audit, deps.clock, principalOf(user, 'console'), { action: 'console.sign_in', outcome: 'ok', details: { method: 'entra' } });
    res.redirect(303, outcome.returnTo);
  });
}
