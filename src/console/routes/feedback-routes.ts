import type { Response, Router } from 'express';
import { createPseudonymizer } from '../../audit/pseudonymize';
import type { AuditRecorder } from '../../accounts/audit-recorder';
import type { Clock } from '../../core/clock';
import { createCuratedAnswers } from '../../feedback/curated-answers';
import { FEEDBACK_EXPORT_COLUMNS } from '../../feedback/feedback-export-rows';
import { createFeedbackReview, type FeedbackAction, type ScreenNote } from '../../feedback/feedback-review';
import { createReviewStates } from '../../feedback/review-state';
import { sendExport } from '../../http/export-formats';
import { exportsVi } from '../../messages/exports';
import { getExportSalt } from '../../store/export-salt';
import type { AnswerRepository, FeedbackRepository, StateRepository, UserRepository } from '../../store/types';
import { contextOf } from '../auth/console-auth';
import { FEEDBACK_FILTER_NAMES, parseFeedbackFilters } from '../feedback-filters';
import { field, queryOf } from '../form';
import type { Flash } from '../layout';
import { cv } from '../messages';
import { feedbackDetailPage } from '../pages/feedback-detail-page';
import { feedbackListPage } from '../pages/feedback-list-page';
import { redirectDone, sendForbidden, sendInvalidPage, sendNotFound } from '../respond';
import { knownUnits } from './usage-routes';

export interface FeedbackRoutesDeps {
  store: { users: Pick<UserRepository, 'list' | 'get'>; answers: AnswerRepository; state: StateRepository };
  feedback: FeedbackRepository;
  audit: AuditRecorder;
  screen: ScreenNote;
  exportRealUserIds: boolean;
  clock: Clock;
}

const DONE: Record<string, string> = { reviewed: cv.common.saved, worklist: cv.common.saved, curated: cv.feedback.curatedSaved };

/** The feedback review: list with filters and paging, detail, mark reviewed, send to the worklist, curate, export. */
export function registerFeedbackRoutes(router: Router, deps: FeedbackRoutesDeps): void {
  const reviews = createReviewStates(deps.store.state);
  const review = createFeedbackReview({ feedback: deps.feedback, answers: deps.store.answers, reviews, audit: deps.audit, clock: deps.clock, screen: deps.screen });
  const curated = createCuratedAnswers({ state: deps.store.state, screen: deps.screen, audit: deps.audit, clock: deps.clock });
  const pseudonymizer = async () => createPseudonymizer({ salt: await getExportSalt(deps.store.state), realUserIds: deps.exportRealUserIds });

  router.get('/console/feedback', async (req, res) => {
    const ctx = contextOf(res);
    const query = queryOf(req);
    const parsed = parseFeedbackFilters(query);
    if (parsed.kind !== 'ok') return sendInvalidPage(res, parsed.field);
    const r = await review.list(ctx.principal, parsed.filters, { cursor: query.cursor });
    if (r.kind !== 'ok') return sendForbidden(res, r);
    const filterQuery = Object.fromEntries(FEEDBACK_FILTER_NAMES.filter((n) => query[n]).map((n) => [n, query[n]]));
    const units = ctx.principal.role === 'unit_admin' ? [] : await knownUnits(deps.store.users);
    res.type('html').send(feedbackListPage(ctx, { items: r.items, next: r.next, query, filterQuery, units, flash: [] }));
  });

  for (const format of ['csv', 'xlsx'] as const) {
    router.get(`/console/feedback/export.${format}`, async (req, res) => {
      const parsed = parseFeedbackFilters(queryOf(req));
      if (parsed.kind !== 'ok') return sendInvalidPage(res, parsed.field);
      const r = await review.exportRows(contextOf(res).principal, parsed.filters, await pseudonymizer());
      if (r.kind !== 'ok') return sendForbidden(res, r);
      const stamp = deps.clock.now().toISOString().slice(0, 10);
      await sendExport(res, { format, basename: `danh-gia-${stamp}`, columns: FEEDBACK_EXPORT_COLUMNS, rows: r.rows, sheet: exportsVi.feedback.sheet });
    });
  }

  const showDetail = async (res: Response, id: string, flash: Flash[], status = 200) => {
    const ctx = contextOf(res);
    const r = await review.get(ctx.principal, id);
    if (r.kind === 'not_found') return sendNotFound(res);
    if (r.kind !== 'ok') return sendForbidden(res, r);
    const ids = [r.item.review.reviewedBy, r.item.review.worklist?.by].filter((x): x is string => !!x);
    const names = new Map<string, string>();
    for (const uid of new Set(ids)) names.set(uid, (await deps.store.users.get(uid))?.name ?? (uid === 'admin-api' ? cv.app.adminToken : uid));
    const person = (await pseudonymizer())(r.item.feedback.userId);
    const cur = r.item.answer ? await curated.find(r.item.answer.question) : undefined;
    res.status(status).type('html').send(feedbackDetailPage(ctx, { item: r.item, person, curated: cur, names, flash }));
  };

  router.get('/console/feedback/:id', async (req, res) => {
    const done = typeof req.query.done === 'string' ? DONE[req.query.done] : undefined;
    await showDetail(res, String(req.params.id), done ? [{ kind: 'ok', text: done }] : []);
  });

  const after = async (res: Response, id: string, r: FeedbackAction, done: string) => {
    if (r.kind === 'not_found') return sendNotFound(res);
    if (r.kind === 'note_blocked') return showDetail(res, id, [{ kind: 'error', text: cv.feedback.noteBlocked }], 400);
    if (r.kind !== 'ok') return sendForbidden(res, r);
    redirectDone(res, `/console/feedback/${encodeURIComponent(id)}`, done);
  };

  router.post('/console/feedback/:id/review', async (req, res) => {
    const id = String(req.params.id);
    await after(res, id, await review.markReviewed(contextOf(res).principal, id), 'reviewed');
  });

  router.post('/console/feedback/:id/worklist', async (req, res) => {
    const id = String(req.params.id);
    await after(res, id, await review.sendToWorklist(contextOf(res).principal, id, field(req.body, 'note')?.slice(0, 2000)), 'worklist');
  });

  router.post('/console/feedback/:id/curated', async (req, res) => {
    const ctx = contextOf(res);
    const id = String(req.params.id);
    const item = await review.get(ctx.principal, id);
    if (item.kind === 'not_found' || (item.kind === 'ok' && !item.item.answer)) return sendNotFound(res);
    if (item.kind !== 'ok') return sendForbidden(res, item);
    const r = await curated.record(ctx.principal, {
      question: item.item.answer!.question, articles: (field(req.body, 'articles') ?? '').split(/\r?\n/).slice(0, 30), text: (field(req.body, 'text') ?? '').slice(0, 20_000),
      byName: ctx.user?.name ?? cv.app.adminToken, feedbackId: id,
    });
    if (r.kind === 'invalid') return sendInvalidPage(res, cv.feedback.curatedText);
    if (r.kind === 'note_blocked') return showDetail(res, id, [{ kind: 'error', text: cv.feedback.noteBlocked }], 400);
    if (r.kind !== 'ok') return sendForbidden(res, r);
    redirectDone(res, `/console/feedback/${encodeURIComponent(id)}`, 'curated');
  });
}
