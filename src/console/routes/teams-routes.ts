import express, { type Router } from 'express';
import { recordAdmin, type AuditRecorder } from '../../accounts/audit-recorder';
import { principalOf } from '../../accounts/principal';
import { isAdminRole } from '../../accounts/roles';
import type { Clock } from '../../core/clock';
import type { UserRepository } from '../../store/types';
import { assetUrl } from '../assets';
import type { ConsoleAuth } from '../auth/console-auth';
import { verifyTeamsToken, type TeamsSsoSettings } from '../auth/teams-sso';
import { html } from '../html';
import { cv } from '../messages';
import { renderPage } from '../layout';

/** The Teams tab's page: it runs Teams single sign-on and opens the console; without Teams, a link to the sign-in page. */
function tabPage(): string {
  return renderPage({
    title: cv.teams.title,
    scripts: [assetUrl('MicrosoftTeams.min.js'), assetUrl('console-teams.js')],
    body: html`<p id="teams-status" role="status" data-failed="${cv.teams.failed}">${cv.teams.signingIn}</p><p id="teams-fallback" hidden><a href="/console/login">${cv.login.title}</a></p>`,
  });
}

/**
 * GET /console/teams (the personal tab's content) and POST /console/teams/sso {token}: the Teams token is checked on
 * the server (signature by Entra's keys, audience, tenant, lifetime) and the provisioned administrator gets a session.
 */
export function registerTeamsRoutes(router: Router, deps: {
  auth: ConsoleAuth; sso?: TeamsSsoSettings; keys: () => Promise<import('node:crypto').JsonWebKey[]>;
  users: Pick<UserRepository, 'get'>; audit: AuditRecorder; clock: Clock;
}): void {
  router.get('/console/teams', (_req, res) => void res.type('html').send(tabPage()));
  router.post('/console/teams/sso', express.json({ limit: '16kb' }), async (req, res) => {
    const sso = deps.sso;
    const refuse = async (status: number, reason: string) => {
      await deps.audit.record({ time: deps.clock.now(), type: 'security', actor: 'console', action: 'console.sign_in', outcome: 'refused', details: { via: 'teams', reason } });
      res.status(status).json({ error: { code: status === 401 ? 'UNAUTHORIZED' : 'FORBIDDEN', message: reason } });
    };
    const origin = req.get('origin');
    if (origin && new URL(origin).host !== req.get('host')) return refuse(403, 'cross_site');
    if (!sso) return refuse(404, 'teams_sso_not_configured');
    const token = typeof req.body?.token === 'string' ? req.body.token : '';
    const r = await verifyTeamsToken(token, sso, deps.keys, deps.clock.now()).catch(() => ({ kind: 'invalid' as const, reason: 'keys_unavailable' }));
    if (r.kind !== 'ok') return refuse(401, r.reason);
    const user = (r.oid ? await deps.users.get(r.oid) : undefined) ?? (r.upn ? await deps.users.get(r.upn) : undefined);
    if (!user || user.status !== 'active' || !isAdminRole(user.role)) return refuse(403, user ? 'not_admin' : 'not_provisioned');
    await deps.auth.signIn(res, { kind: 'person', userId: user.id }, 'teams');
    await recordAdmin(deps.audit, deps.clock, principalOf(user, 'console'), { action: 'console.sign_in', outcome: 'ok', details: { method: 'teams' } });
    res.json({ next: '/console/usage' });
  });
}
