import type { Router } from 'express';
import type { AuditRecorder } from '../../accounts/audit-recorder';
import type { Clock } from '../../core/clock';
import { createFeedbackWorklist, type WorklistGroup } from '../../feedback/feedback-worklist';
import { createReviewStates } from '../../feedback/review-state';
import type { AnswerRepository, FeedbackRepository, StateRepository } from '../../store/types';
import { contextOf, type ConsoleContext } from '../auth/console-auth';
import { field } from '../form';
import { html } from '../html';
import { csrfField, renderPage, type Flash } from '../layout';
import { cv, fill } from '../messages';
import { vnTime } from '../present';
import { reactionBadge } from '../pages/feedback-list-page';
import { redirectDone, sendForbidden } from '../respond';

function group(ctx: ConsoleContext, g: WorklistGroup) {
  const resolve = ctx.principal.role === 'system_admin'
    ? html`<form method="post" action="/console/worklist/resolve" class="inline">${csrfField(ctx)}<input type="hidden" name="articleId" value="${g.citation?.articleId ?? ''}"><button type="submit" class="secondary">${cv.worklist.resolve}</button></form>`
    : '';
  return html`<section class="card">
<h2>${g.citation?.label ?? cv.worklist.noCitation}</h2>
<p class="actions"><span class="badge dislike">${fill(cv.worklist.dislikes, { count: g.dislikes })}</span><span class="badge">${fill(cv.worklist.entries, { count: g.entries.length })}</span>${resolve}</p>
<div class="table-wrap"><table><thead><tr><th scope="col">${cv.common.time}</th><th scope="col">${cv.feedback.reaction}</th><th scope="col">${cv.feedback.question}</th><th scope="col">${cv.feedback.comment}</th><th scope="col">${cv.worklist.note}</th><th scope="col">${cv.common.actions}</th></tr></thead>
<tbody>${g.entries.map((e) => html`<tr><td>${vnTime(e.feedback.time)}</td><td>${reactionBadge(e.feedback.reaction)}</td><td>${e.question ?? ''}</td><td>${e.feedback.comment ?? ''}</td><td>${e.worklist.note ?? ''}</td><td><a href="/console/feedback/${encodeURIComponent(e.feedback.id)}">${cv.common.details}</a></td></tr>`)}</tbody></table></div>
</section>`;
}

/** GET /console/worklist (grouped by cited article) and POST /console/worklist/resolve (a source fixed once). */
export function registerWorklistRoutes(router: Router, deps: { feedback: FeedbackRepository; store: { answers: AnswerRepository; state: StateRepository }; audit: AuditRecorder; clock: Clock }): void {
  const worklist = createFeedbackWorklist({ feedback: deps.feedback, answers: deps.store.answers, reviews: createReviewStates(deps.store.state), audit: deps.audit, clock: deps.clock });

  router.get('/console/worklist', async (req, res) => {
    const ctx = contextOf(res);
    const r = await worklist.list(ctx.principal);
    if (r.kind !== 'ok') return sendForbidden(res, r);
    const flash: Flash[] = req.query.done === 'resolved' ? [{ kind: 'ok', text: fill(cv.worklist.resolved, { count: String(req.query.count ?? '0') }) }] : [];
    const body = html`<p>${cv.worklist.intro}</p>${r.groups.length === 0 ? html`<p>${cv.worklist.empty}</p>` : r.groups.map((g) => group(ctx, g))}${r.resolved ? html`<p class="muted">${fill(cv.worklist.resolvedBefore, { count: r.resolved })}</p>` : ''}`;
    res.type('html').send(renderPage({ title: cv.worklist.title, area: 'worklist', ctx, flash, body }));
  });

  router.post('/console/worklist/resolve', async (req, res) => {
    const r = await worklist.resolve(contextOf(res).principal, field(req.body, 'articleId') ?? '');
    if (r.kind !== 'ok') return sendForbidden(res, r);
    redirectDone(res, '/console/worklist', 'resolved', { count: String(r.resolved) });
  });
}
