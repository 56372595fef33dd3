import type { Router } from 'express';
import type { AuditRecorder } from '../../accounts/audit-recorder';
import { vnDayStart, vnNextDayStart } from '../../accounts/vn-time';
import { AUDIT_EXPORT_COLUMNS, auditExportRows } from '../../audit/audit-export-rows';
import { createPseudonymizer } from '../../audit/pseudonymize';
import { createAuditSearch } from '../../audit/search-audit';
import type { Clock } from '../../core/clock';
import { sendExport } from '../../http/export-formats';
import { exportsVi, labelFrom } from '../../messages/exports';
import { getExportSalt } from '../../store/export-salt';
import type { AuditEvent, AuditRepository, StateRepository } from '../../store/types';
import { contextOf } from '../auth/console-auth';
import { csrfField } from '../layout';
import { queryOf, withQuery } from '../form';
import { html, type Html } from '../html';
import { renderPage, type Flash } from '../layout';
import { cv, fill } from '../messages';
import { categoryNames, vnTime } from '../present';
import { recordAdmin } from '../../accounts/audit-recorder';
import { sendForbidden, sendInvalidPage } from '../respond';

const outcome = labelFrom(exportsVi.audit.outcome);
const TYPES = ['turn', 'admin', 'security'] as const;

function parse(q: Record<string, string>): { from?: Date; to?: Date; type?: (typeof TYPES)[number]; actor?: string; action?: string; page: number } | undefined {
  const from = q.from ? vnDayStart(q.from) : undefined;
  const to = q.to ? vnNextDayStart(q.to) : undefined;
  if ((q.from && !from) || (q.to && !to)) return undefined;
  if (q.type && !TYPES.includes(q.type as (typeof TYPES)[number])) return undefined;
  return { from, to, type: q.type as (typeof TYPES)[number] | undefined, actor: q.actor, action: q.action, page: Math.max(0, Number.parseInt(q.page ?? '0', 10) || 0) };
}

function row(e: AuditEvent): Html {
  const what = [e.feature, e.action].filter(Boolean).join(' · ');
  const gate = e.gate && e.gate.decision !== 'allow' ? ` · ${categoryNames(e.gate.categories)}` : '';
  return html`<tr><td class="num">${e.seq}</td><td>${vnTime(e.time)}</td><td>${cv.audit.types[e.type]}</td><td>${e.actor}</td><td>${e.unit ?? ''}</td><td>${what}${gate}</td><td>${e.target ?? ''}</td><td>${outcome(e.outcome)}</td></tr>`;
}

/** GET /console/audit (search, newest first), POST /console/audit/verify (the chain), GET /console/audit/export.(csv|xlsx). */
export function registerAuditRoutes(router: Router, deps: { store: { audit: AuditRepository; state: StateRepository }; audit: AuditRecorder; exportRealUserIds: boolean; clock: Clock }): void {
  const search = createAuditSearch({ auditLog: deps.store.audit, audit: deps.audit, clock: deps.clock });

  const page = async (res: import('express').Response, q: Record<string, string>, flash: Flash[]) => {
    const ctx = contextOf(res);
    const s = parse(q);
    if (!s) return sendInvalidPage(res, cv.usage.badPeriod);
    const r = await search.search(ctx.principal, s);
    if (r.kind !== 'ok') return sendForbidden(res, r);
    const typeOpt = (v: string, t: string) => html`<option value="${v}"${q.type === v ? html` selected` : ''}>${t}</option>`;
    const filters = html`<form method="get" action="/console/audit" class="card filters">
<div><label for="from">${cv.common.from}</label><input type="date" id="from" name="from" value="${q.from ?? ''}"></div>
<div><label for="to">${cv.common.to}</label><input type="date" id="to" name="to" value="${q.to ?? ''}"></div>
<div><label for="actor">${cv.audit.actor}</label><input type="search" id="actor" name="actor" value="${q.actor ?? ''}" placeholder="${cv.audit.actorHint}"></div>
<div><label for="type">${cv.audit.kind}</label><select id="type" name="type">${typeOpt('', cv.common.any)}${TYPES.map((t) => typeOpt(t, cv.audit.types[t]))}</select></div>
<div><label for="action">${cv.audit.action}</label><input type="search" id="action" name="action" value="${q.action ?? ''}"></div>
<div class="buttons"><button type="submit">${cv.common.filter}</button></div></form>`;
    const filterQuery = { ...q };
    delete filterQuery.page;
    const verify = html`<form method="post" action="/console/audit/verify" class="inline">${csrfField(ctx)}<button type="submit" class="secondary">${cv.audit.verify}</button></form>`;
    const exports = html`<a class="button secondary" href="/console/audit/export.csv${withQuery(filterQuery, {})}">${cv.common.exportCsv}</a><a class="button secondary" href="/console/audit/export.xlsx${withQuery(filterQuery, {})}">${cv.common.exportXlsx}</a>`;
    const table = r.events.length === 0 ? html`<p>${cv.common.none}</p>` : html`<div class="table-wrap"><table>
<thead><tr><th scope="col" class="num">${cv.audit.seq}</th><th scope="col">${cv.common.time}</th><th scope="col">${cv.audit.kind}</th><th scope="col">${cv.audit.actor}</th><th scope="col">${cv.common.unit}</th><th scope="col">${cv.audit.action}</th><th scope="col">${cv.audit.target}</th><th scope="col">${cv.audit.outcome}</th></tr></thead>
<tbody>${r.events.map(row)}</tbody></table></div>`;
    const n = s.page;
    const pager = html`<nav class="pager" aria-label="${cv.common.next}">${n > 0 ? html`<a href="/console/audit${withQuery(q, { page: n > 1 ? String(n - 1) : undefined })}">← ${n}</a>` : ''}${r.hasMore ? html`<a href="/console/audit${withQuery(q, { page: String(n + 1) })}" rel="next">${cv.common.next}</a>` : ''}</nav>`;
    res.type('html').send(renderPage({ title: cv.audit.title, area: 'audit', ctx, flash, body: html`${filters}<p class="actions">${verify}${exports}</p>${table}${pager}` }));
  };

  router.get('/console/audit', async (req, res) => page(res, queryOf(req), []));

  router.post('/console/audit/verify', async (_req, res) => {
    const r = await search.verify(contextOf(res).principal);
    if (r.kind !== 'ok') return sendForbidden(res, r);
    const v = r.verdict;
    const flash: Flash = v.ok
      ? { kind: 'ok', text: v.head ? fill(cv.audit.verifyOk, { count: v.count, seq: v.head.seq }) : cv.audit.verifyEmpty }
      : { kind: 'error', text: fill(cv.audit.verifyBroken, { seq: v.brokenAt, reason: v.reason }) };
    await page(res, {}, [flash]);
  });

  for (const format of ['csv', 'xlsx'] as const) {
    router.get(`/console/audit/export.${format}`, async (req, res) => {
      const ctx = contextOf(res);
      const s = parse(queryOf(req));
      if (!s) return sendInvalidPage(res, cv.usage.badPeriod);
      const pseudonymize = createPseudonymizer({ salt: await getExportSalt(deps.store.state), realUserIds: deps.exportRealUserIds });
      const actor = s.actor?.toLowerCase();
      async function* rows() {
        for await (const r of auditExportRows({ audit: deps.store.audit, query: { from: s!.from, to: s!.to, type: s!.type }, pseudonymize: (id) => id ?? '' })) {
          if (actor && String(r.actor).toLowerCase() !== actor) continue;
          if (s!.action && !String(r.action).startsWith(s!.action)) continue;
          yield { ...r, actor: pseudonymize(String(r.actor)) };
        }
      }
      await recordAdmin(deps.audit, deps.clock, ctx.principal, { action: 'audit.export', outcome: 'ok', details: { format } });
      const stamp = deps.clock.now().toISOString().slice(0, 10);
      await sendExport(res, { format, basename: `nhat-ky-kiem-toan-${stamp}`, columns: AUDIT_EXPORT_COLUMNS, rows: rows(), sheet: exportsVi.audit.sheet });
    });
  }
}
