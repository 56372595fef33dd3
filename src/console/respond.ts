import type { RequestHandler, Response } from 'express';
import { recordAdmin, type AuditRecorder } from '../accounts/audit-recorder';
import type { Refusal } from '../accounts/policy';
import type { Clock } from '../core/clock';
import { contextOf } from './auth/console-auth';
import { canOpen, type Area } from './capabilities';
import { html } from './html';
import { renderPage, type PageOptions } from './layout';
import { cv, fill } from './messages';

/** Sends a whole page (200 unless `status`). */
export function sendPage(res: Response, o: PageOptions, status = 200): void {
  res.status(status).type('html').send(renderPage(o));
}

/** 403 with the reason in Vietnamese: the role, or another unit than the administrator's own. */
export function sendForbidden(res: Response, refusal?: Refusal): void {
  const text = refusal?.reason === 'other_unit' ? fill(cv.errors.otherUnit, { unit: refusal.unit ?? '' }) : cv.errors.forbidden;
  const body = html`<p>${text}</p><p><a href="/console">${cv.errors.back}</a></p>`;
  sendPage(res, { title: cv.errors.forbiddenTitle, body, ctx: res.locals.console ? contextOf(res) : undefined }, 403);
}

export function sendNotFound(res: Response): void {
  const body = html`<p>${cv.errors.notFound}</p><p><a href="/console">${cv.errors.back}</a></p>`;
  sendPage(res, { title: cv.errors.notFoundTitle, body, ctx: res.locals.console ? contextOf(res) : undefined }, 404);
}

/** 400 naming what was wrong with the input, on a page of its own. */
export function sendInvalidPage(res: Response, detail: string): void {
  const body = html`<p role="alert">${fill(cv.errors.invalid, { detail })}</p><p><a href="/console">${cv.errors.back}</a></p>`;
  sendPage(res, { title: cv.errors.csrfTitle, body, ctx: contextOf(res) }, 400);
}

/** Keeps a whole area from roles that have nothing to do there (403, audited); finer rules stay with the use cases. */
export function guardArea(area: Area, audit: AuditRecorder, clock: Clock): RequestHandler {
  return async (req, res, next) => {
    const ctx = contextOf(res);
    if (canOpen(ctx.principal.role, area)) return next();
    await recordAdmin(audit, clock, ctx.principal, { action: 'console.open', target: area, outcome: 'forbidden' });
    sendForbidden(res);
  };
}

/** A redirect after a successful POST (post/redirect/get), with a message code the page turns into text. */
export function redirectDone(res: Response, to: string, done: string, vars: Record<string, string> = {}): void {
  const q = new URLSearchParams({ done, ...vars });
  res.redirect(303, `${to}${to.includes('?') ? '&' : '?'}${q}`);
}
