import type { Router } from 'express';
import { contextOf } from '../auth/console-auth';
import { html } from '../html';
import { renderPage } from '../layout';
import { cv, fill } from '../messages';

/** GET /console/knowledge: what the service has loaded (article count, state, configured sources). */
export function registerKnowledgeRoutes(router: Router, deps: { knowledge: { current(): { articleCount: number } | undefined; error(): Error | undefined }; knowledgePaths: string[] }): void {
  router.get('/console/knowledge', (_req, res) => {
    const ctx = contextOf(res);
    const kb = deps.knowledge.current();
    const err = deps.knowledge.error();
    const state = kb ? cv.knowledge.ready : err ? fill(cv.knowledge.failed, { error: err.message }) : cv.knowledge.loading;
    const body = html`<dl class="facts card"><dt>${cv.knowledge.state}</dt><dd>${state}</dd><dt>${cv.knowledge.articles}</dt><dd>${kb ? kb.articleCount.toLocaleString('vi-VN') : '—'}</dd>
<dt>${cv.knowledge.paths}</dt><dd><ul>${deps.knowledgePaths.map((p) => html`<li>${p.split(/[\\/]/).slice(-2).join('/')}</li>`)}</ul></dd></dl>`;
    res.type('html').send(renderPage({ title: cv.knowledge.title, area: 'knowledge', ctx, body }));
  });
}
