import type { Router } from 'express';
import type { AuditRecorder } from '../../accounts/audit-recorder';
import { resolvePeriod } from '../../accounts/usage-period';
import { createAlerts } from '../../audit/alerts';
import type { Clock } from '../../core/clock';
import { exportsVi, labelFrom } from '../../messages/exports';
import type { AuditRepository, UserRepository } from '../../store/types';
import { contextOf } from '../auth/console-auth';
import { queryOf } from '../form';
import { html } from '../html';
import { renderPage } from '../layout';
import { cv } from '../messages';
import { categoryNames, vnTime } from '../present';
import { unitSelect } from '../pages/filters';
import { sendForbidden, sendInvalidPage } from '../respond';
import { knownUnits } from './usage-routes';

const feature = labelFrom(exportsVi.feature);

/** GET /console/alerts: level-4 and forbidden-purpose attempts of a period (default 30 days), never any text; audited. */
export function registerAlertsRoutes(router: Router, deps: { store: { audit: Pick<AuditRepository, 'list'>; users: Pick<UserRepository, 'list' | 'get'> }; audit: AuditRecorder; clock: Clock }): void {
  const alerts = createAlerts({ auditLog: deps.store.audit, audit: deps.audit, clock: deps.clock });
  router.get('/console/alerts', async (req, res) => {
    const ctx = contextOf(res);
    const q = queryOf(req);
    const period = resolvePeriod({ from: q.from, to: q.to }, deps.clock.now(), 30);
    if (!period) return sendInvalidPage(res, cv.usage.badPeriod);
    const r = await alerts(ctx.principal, { from: period.from, to: period.to, unit: q.unit });
    if (r.kind !== 'ok') return sendForbidden(res, r);
    const names = new Map<string, string>();
    for (const a of r.alerts) if (!names.has(a.actor)) names.set(a.actor, (await deps.store.users.get(a.actor))?.name ?? a.actor);
    const units = ctx.principal.role === 'unit_admin' ? [] : await knownUnits(deps.store.users);
    const filters = html`<form method="get" action="/console/alerts" class="card filters">
<div><label for="from">${cv.common.from}</label><input type="date" id="from" name="from" value="${period.fromDay}"></div>
<div><label for="to">${cv.common.to}</label><input type="date" id="to" name="to" value="${period.toDay}"></div>
${unitSelect(ctx, units, q.unit)}<div class="buttons"><button type="submit">${cv.common.filter}</button></div></form>`;
    const table = r.alerts.length === 0 ? html`<p>${cv.alerts.empty}</p>` : html`<div class="table-wrap"><table>
<thead><tr><th scope="col">${cv.common.time}</th><th scope="col">${cv.common.person}</th><th scope="col">${cv.common.unit}</th><th scope="col" class="num">${cv.alerts.level}</th><th scope="col">${cv.alerts.categories}</th><th scope="col">${cv.alerts.feature}</th></tr></thead>
<tbody>${r.alerts.map((a) => html`<tr><td>${vnTime(a.time)}</td><td>${names.get(a.actor)}</td><td>${a.unit ?? ''}</td><td class="num">${a.level}</td><td>${categoryNames(a.categories)}</td><td>${a.feature ? feature(a.feature) : ''}</td></tr>`)}</tbody></table></div>`;
    res.type('html').send(renderPage({ title: cv.alerts.title, area: 'alerts', ctx, body: html`<p>${cv.alerts.intro}</p>${filters}${table}` }));
  });
}
