import type { Router } from 'express';
import type { UserRepository } from '../../store/types';
import { resolvePeriod } from '../../accounts/usage-period';
import type { UsageOverviewReader } from '../../accounts/usage-overview';
import { usageOverviewToXlsx } from '../../accounts/usage-overview-xlsx';
import type { Clock } from '../../core/clock';
import { contextOf } from '../auth/console-auth';
import { queryOf } from '../form';
import { cv } from '../messages';
import { usagePage } from '../pages/usage-page';
import { sendForbidden } from '../respond';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The units known from the accounts, for the unit filter. */
export async function knownUnits(users: Pick<UserRepository, 'list'>): Promise<string[]> {
  return [...new Set((await users.list()).map((u) => u.unit))].sort((a, b) => a.localeCompare(b, 'vi'));
}

/** GET /console/usage (the dashboard) and GET /console/usage/report.xlsx (the period's report). */
export function registerUsageRoutes(router: Router, deps: { overview: UsageOverviewReader; users: Pick<UserRepository, 'list'>; clock: Clock }): void {
  router.get('/console', (_req, res) => res.redirect(303, '/console/usage'));

  router.get('/console/usage', async (req, res) => {
    const ctx = contextOf(res);
    const q = queryOf(req);
    const units = ctx.principal.role === 'unit_admin' ? [] : await knownUnits(deps.users);
    const period = resolvePeriod({ from: q.from, to: q.to }, deps.clock.now(), 30);
    const view = { query: q, units, byMonth: q.by === 'month', from: q.from ?? '', to: q.to ?? '', flash: [] as { kind: 'error'; text: string }[] };
    if (!period) return void res.status(400).type('html').send(usagePage(ctx, { ...view, flash: [{ kind: 'error', text: cv.usage.badPeriod }] }));
    const r = await deps.overview(ctx.principal, period, q.unit);
    if (r.kind !== 'ok') return sendForbidden(res, r);
    res.type('html').send(usagePage(ctx, { ...view, from: period.fromDay, to: period.toDay, overview: r.overview }));
  });

  router.get('/console/usage/report.xlsx', async (req, res) => {
    const ctx = contextOf(res);
    const q = queryOf(req);
    const period = resolvePeriod({ from: q.from, to: q.to }, deps.clock.now(), 30);
    if (!period) return void res.status(400).type('text/plain').send(cv.usage.badPeriod);
    const r = await deps.overview(ctx.principal, period, q.unit);
    if (r.kind !== 'ok') return sendForbidden(res, r);
    res.set({ 'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="bao-cao-su-dung-${period.fromDay}-${period.toDay}.xlsx"` });
    res.send(await usageOverviewToXlsx(r.overview));
  });
}
