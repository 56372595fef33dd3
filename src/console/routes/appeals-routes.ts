import type { Response, Router } from 'express';
import { createPseudonymizer } from '../../audit/pseudonymize';
import { getExportSalt } from '../../store/export-salt';
import type { StateRepository } from '../../store/types';
import type { ConsoleAppeal, ConsoleAppeals } from '../appeals-port';
import { contextOf, type ConsoleContext } from '../auth/console-auth';
import { field, queryOf } from '../form';
import { html } from '../html';
import { csrfField, renderPage, type Flash } from '../layout';
import { cv, fill } from '../messages';
import { categoryNames, vnTime } from '../present';
import { redirectDone, sendForbidden, sendNotFound } from '../respond';

const STATUSES = ['pending', 'accepted', 'rejected'] as const;

function appealCard(ctx: ConsoleContext, a: ConsoleAppeal, person: string) {
  const decide = a.status === 'pending' && ctx.principal.role === 'system_admin'
    ? html`<form method="post" action="/console/appeals/${encodeURIComponent(a.id)}/decision">${csrfField(ctx)}
<label for="note-${a.id}">${cv.appeals.note}</label><textarea id="note-${a.id}" name="note" maxlength="2000"></textarea>
<p class="actions"><button type="submit" name="decision" value="accepted">${cv.appeals.accept}</button><button type="submit" name="decision" value="rejected" class="secondary">${cv.appeals.reject}</button></p></form>`
    : '';
  const decided = a.review ? html`<p><span class="badge ${a.review.decision === 'accepted' ? 'done' : 'dislike'}">${fill(cv.appeals.reviewedBy, { decision: cv.appeals[a.review.decision], by: a.review.by, at: vnTime(a.review.at) })}</span>${a.review.note ? html` — ${a.review.note}` : ''}</p>` : '';
  return html`<section class="card"><dl class="facts">
<dt>${cv.appeals.blockedAt}</dt><dd>${vnTime(a.blockedAt)}</dd><dt>${cv.common.person}</dt><dd>${person}</dd><dt>${cv.common.unit}</dt><dd>${a.unit ?? ''}</dd>
<dt>${cv.appeals.categories}</dt><dd>${categoryNames(a.gate.categories)} (${cv.alerts.level} ${a.gate.level})</dd>
<dt>${cv.appeals.text}</dt><dd>${a.gate.maskedText ?? html`<em>${cv.appeals.level4}</em>`}</dd>
<dt>${cv.appeals.comment}</dt><dd>${a.commentBlocked ? html`<em>${cv.feedback.commentBlocked}</em>` : a.comment ?? '—'}</dd>
<dt>${cv.appeals.status}</dt><dd>${cv.appeals[a.status]}</dd></dl>${decided}${decide}</section>`;
}

/** GET /console/appeals?status= and POST /console/appeals/{id}/decision, over the appeals' review use case when present. */
export function registerAppealsRoutes(router: Router, deps: { appeals?: ConsoleAppeals; store: { state: StateRepository }; exportRealUserIds: boolean }): void {
  const show = async (res: Response, status: string | undefined, flash: Flash[], code = 200) => {
    const ctx = contextOf(res);
    const appeals = deps.appeals;
    if (!appeals) return void res.type('html').send(renderPage({ title: cv.appeals.title, area: 'appeals', ctx, body: html`<p>${cv.appeals.unavailable}</p>` }));
    const wanted = STATUSES.find((s) => s === status) ?? (status === 'all' ? undefined : 'pending');
    const r = await appeals.list(ctx.principal, { status: wanted });
    if (r.kind !== 'ok') return sendForbidden(res, r);
    const pseudonymize = createPseudonymizer({ salt: await getExportSalt(deps.store.state), realUserIds: deps.exportRealUserIds });
    const tabs = html`<form method="get" action="/console/appeals" class="card filters"><div><label for="status">${cv.appeals.status}</label><select id="status" name="status">${[...STATUSES, 'all' as const].map((s) => html`<option value="${s}"${(wanted ?? 'all') === s ? html` selected` : ''}>${s === 'all' ? cv.common.any : cv.appeals[s]}</option>`)}</select></div><div class="buttons"><button type="submit">${cv.common.filter}</button></div></form>`;
    const list = r.appeals.length === 0 ? html`<p>${cv.appeals.empty}</p>` : [...r.appeals].reverse().map((a) => appealCard(ctx, a, pseudonymize(a.userId)));
    res.status(code).type('html').send(renderPage({ title: cv.appeals.title, area: 'appeals', ctx, flash, body: html`${tabs}${list}` }));
  };

  router.get('/console/appeals', async (req, res) => {
    const q = queryOf(req);
    await show(res, q.status, q.done === 'decided' ? [{ kind: 'ok', text: cv.appeals.decided }] : []);
  });

  router.post('/console/appeals/:id/decision', async (req, res) => {
    if (!deps.appeals) return sendNotFound(res);
    const decision = field(req.body, 'decision');
    if (decision !== 'accepted' && decision !== 'rejected') return show(res, undefined, [{ kind: 'error', text: fill(cv.errors.invalid, { detail: cv.appeals.decision }) }], 400);
    const r = await deps.appeals.decide(contextOf(res).principal, String(req.params.id), { decision, note: field(req.body, 'note')?.slice(0, 2000) });
    if (r.kind === 'not_found') return sendNotFound(res);
    if (r.kind === 'forbidden') return sendForbidden(res, r);
    if (r.kind === 'note_blocked') return show(res, undefined, [{ kind: 'error', text: cv.feedback.noteBlocked }], 400);
    if (r.kind === 'already_decided') return show(res, undefined, [{ kind: 'error', text: cv.appeals.alreadyDecided }], 409);
    redirectDone(res, '/console/appeals', 'decided');
  });
}
