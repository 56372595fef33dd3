import type { Router } from 'express';
import { recordAdmin, type AuditRecorder } from '../../accounts/audit-recorder';
import { describeIssues } from '../../accounts/user-input';
import type { Clock } from '../../core/clock';
import { documentStatusSchema, type DocumentStatusBook } from '../../qa/document-status';
import { contextOf } from '../auth/console-auth';
import { field, queryOf } from '../form';
import { html } from '../html';
import { csrfField, renderPage, type Flash } from '../layout';
import { cv, fill } from '../messages';
import { vnDayLabel, vnTime } from '../present';
import { redirectDone, sendForbidden } from '../respond';

const STATUSES = ['amended', 'replaced', 'expired', 'in_force'] as const;

/** GET /console/documents (declared force of documents) and POST /console/documents (system administrators declare). */
export function registerDocumentsRoutes(router: Router, deps: { documentStatus: Pick<DocumentStatusBook, 'list' | 'set'>; audit: AuditRecorder; clock: Clock }): void {
  const show = async (res: import('express').Response, flash: Flash[], status = 200) => {
    const ctx = contextOf(res);
    const docs = await deps.documentStatus.list();
    const form = ctx.principal.role === 'system_admin'
      ? html`<form method="post" action="/console/documents" class="card filters">${csrfField(ctx)}
<div><label for="soHieu">${cv.documents.soHieu}</label><input type="text" id="soHieu" name="soHieu" required placeholder="13/2023/NĐ-CP"></div>
<div><label for="status">${cv.documents.status}</label><select id="status" name="status">${STATUSES.map((s) => html`<option value="${s}">${cv.documents.statuses[s]}</option>`)}</select></div>
<div><label for="by">${cv.documents.by}</label><input type="text" id="by" name="by"></div>
<div><label for="from">${cv.documents.from}</label><input type="date" id="from" name="from"></div>
<div><label for="note">${cv.documents.note}</label><input type="text" id="note" name="note" maxlength="500"></div>
<div class="buttons"><button type="submit">${cv.documents.submit}</button></div></form>`
      : html`<p class="muted">${cv.common.readOnly}</p>`;
    const table = docs.length === 0 ? html`<p>${cv.documents.empty}</p>` : html`<div class="table-wrap"><table>
<thead><tr><th scope="col">${cv.documents.soHieu}</th><th scope="col">${cv.documents.status}</th><th scope="col">${cv.documents.by}</th><th scope="col">${cv.documents.from}</th><th scope="col">${cv.documents.note}</th><th scope="col">${cv.documents.setBy}</th></tr></thead>
<tbody>${docs.map((d) => html`<tr><td>${d.soHieu}</td><td>${cv.documents.statuses[d.status]}</td><td>${d.by ?? ''}</td><td>${d.from ? vnDayLabel(d.from) : ''}</td><td>${d.note ?? ''}</td><td>${d.setBy ? `${d.setBy}, ${vnTime(d.setAt)}` : cv.documents.shipped}</td></tr>`)}</tbody></table></div>`;
    res.status(status).type('html').send(renderPage({ title: cv.documents.title, area: 'documents', ctx, flash, body: html`<p>${cv.documents.intro}</p><h2>${cv.documents.declare}</h2>${form}${table}` }));
  };

  router.get('/console/documents', async (req, res) => {
    const q = queryOf(req);
    await show(res, q.done === 'declared' && q.id ? [{ kind: 'ok', text: fill(cv.documents.saved, { soHieu: q.id }) }] : []);
  });

  router.post('/console/documents', async (req, res) => {
    const ctx = contextOf(res);
    if (ctx.principal.role !== 'system_admin') {
      await recordAdmin(deps.audit, deps.clock, ctx.principal, { action: 'document_status', outcome: 'forbidden' });
      return sendForbidden(res);
    }
    const input = Object.fromEntries(['soHieu', 'status', 'by', 'from', 'note'].map((k) => [k, field(req.body, k)]).filter(([, v]) => v !== undefined));
    const parsed = documentStatusSchema.safeParse(input);
    if (!parsed.success) return show(res, [{ kind: 'error', text: fill(cv.errors.invalid, { detail: describeIssues(parsed.error) }) }], 400);
    if ((parsed.data.status === 'replaced' || parsed.data.status === 'amended') && !parsed.data.by) return show(res, [{ kind: 'error', text: cv.documents.byRequired }], 400);
    // The same declaration, record and audit as POST /admin/documents/status.
    const entry = await deps.documentStatus.set(parsed.data, ctx.principal.actor);
    await recordAdmin(deps.audit, deps.clock, ctx.principal, { action: 'document_status', target: entry.soHieu, outcome: entry.status });
    redirectDone(res, '/console/documents', 'declared', { id: entry.soHieu });
  });
}
