import type { Response, Router } from 'express';
import { recordAdmin, type AuditRecorder } from '../../accounts/audit-recorder';
import { ADMIN_API_PRINCIPAL } from '../../accounts/principal';
import type { Clock } from '../../core/clock';
import { foldDiacritics } from '../../core/vietnamese';
import type { UploadResult } from '../../knowledge-sources/upload-source';
import type { UserRepository } from '../../store/types';
import { contextOf } from '../auth/console-auth';
import { queryOf } from '../form';
import type { Flash } from '../layout';
import { cv, fill } from '../messages';
import type { ConsoleKnowledge, ConsoleKnowledgeSources } from '../knowledge-port';
import { uploadedFiles } from '../multipart';
import { DOCUMENTS_PER_PAGE, reindexStatusHtml, renderKnowledgePage } from '../pages/knowledge-page';
import { redirectDone, sendForbidden, sendNotFound } from '../respond';

const k = cv.knowledge;

export interface KnowledgeRoutesDeps {
  knowledge: ConsoleKnowledge;
  knowledgePaths: string[];
  knowledgeSources?: ConsoleKnowledgeSources;
  /** Names the uploaders (an audit actor otherwise). */
  store: { users: Pick<UserRepository, 'get'> };
  audit: AuditRecorder;
  clock: Clock;
}

const fold = (s: string) => foldDiacritics(s).toLowerCase();
const mb = (bytes: number) => Math.round(bytes / 1048576);

/** The flash of a refused upload, naming the problem in Vietnamese; nothing was stored. */
export function uploadProblemText(r: Extract<UploadResult, { kind: 'invalid' }> | { kind: 'missing' }, maxBytes: number): string {
  const text = r.kind === 'missing' ? k.problems.missing : fill(k.problems[r.problem], { fileName: r.fileName, detail: r.detail ?? '', max: mb(maxBytes) });
  return `${text} ${k.nothingChanged}`;
}

/**
 * GET /console/knowledge (the serving index, re-indexing, uploads, loaded documents), GET …/progress.json (polled by
 * the page while a re-index runs); POST …/sources (upload), …/sources/:id/remove and …/reindex, for system
 * administrators only.
 */
export function registerKnowledgeRoutes(router: Router, deps: KnowledgeRoutesDeps): void {
  const sources = deps.knowledgeSources;
  const forbidden = async (res: Response, action: string) => {
    await recordAdmin(deps.audit, deps.clock, contextOf(res).principal, { action, outcome: 'forbidden' });
    sendForbidden(res);
  };
  // While the store is unreachable the page still lists what is loaded (without the uploads and their form).
  const uploadsOrNone = async () => {
    const list = await sources?.list().catch(() => undefined);
    const names = new Map<string, string>();
    const nameOf = async (actor: string) => (actor === ADMIN_API_PRINCIPAL.actor ? cv.app.adminToken : (await deps.store.users.get(actor).catch(() => undefined))?.name ?? actor);
    for (const u of list ?? []) if (!names.has(u.uploadedBy)) names.set(u.uploadedBy, await nameOf(u.uploadedBy));
    return list?.map((u) => ({ ...u, uploadedBy: names.get(u.uploadedBy)! }));
  };
  const show = async (res: Response, q: Record<string, string>, flash: Flash[], status = 200) => {
    const ctx = contextOf(res);
    const kb = deps.knowledge.current();
    const err = deps.knowledge.error();
    const state = kb ? k.ready : err ? fill(k.failed, { error: err.message }) : k.loading;
    const needle = q.q ? fold(q.q) : '';
    const all = (kb?.documents ?? []).filter((d) => !needle || fold(`${d.soHieu ?? ''} ${d.ten}`).includes(needle));
    const pages = Math.max(1, Math.ceil(all.length / DOCUMENTS_PER_PAGE));
    const page = Math.min(Math.max(0, Number.parseInt(q.page ?? '0', 10) || 0), pages - 1);
    const query = Object.fromEntries(Object.entries(q).filter(([name]) => name === 'q' || name === 'page'));
    res.status(status).type('html').send(renderKnowledgePage({
      ctx, flash, state, articleCount: kb?.articleCount, loadedAt: kb?.loadedAt, total: all.length, page, query,
      documents: all.slice(page * DOCUMENTS_PER_PAGE, (page + 1) * DOCUMENTS_PER_PAGE),
      reindex: deps.knowledge.reindexStatus?.(), uploads: await uploadsOrNone(), maxBytes: sources?.maxBytes, paths: deps.knowledgePaths,
    }));
  };

  router.get('/console/knowledge', async (req, res) => {
    const q = queryOf(req);
    const flash: Flash[] = [];
    if (q.done === 'uploaded') flash.push({ kind: 'ok', text: fill(k.accepted, { fileName: q.file ?? '', articles: q.articles ?? '', documents: q.documents ?? '' }) + (Number(q.skipped) > 0 ? ` ${fill(k.skippedLines, { count: q.skipped })}` : '') });
    if (q.done === 'removed') flash.push({ kind: 'ok', text: fill(k.removed, { fileName: q.file ?? '' }) });
    if (q.done === 'reindex') flash.push({ kind: 'ok', text: q.how === 'queued' ? k.reindexQueued : k.reindexStarted });
    await show(res, q, flash);
  });

  router.get('/console/knowledge/progress.json', (_req, res) => {
    const kb = deps.knowledge.current();
    const reindex = deps.knowledge.reindexStatus?.();
    // statusHtml: the page's status line as the server renders it (escaped, Vietnamese), swapped in by console.js.
    res.set('Cache-Control', 'no-store').json({ articleCount: kb?.articleCount ?? null, loadedAt: kb?.loadedAt ?? null, reindex: reindex ?? null, statusHtml: reindexStatusHtml(reindex).value });
  });

  router.post('/console/knowledge/sources', async (req, res) => {
    if (!sources) return sendNotFound(res);
    const ctx = contextOf(res);
    const file = uploadedFiles(res).get('file');
    if (!file) {
      if (ctx.principal.role !== 'system_admin') return forbidden(res, 'knowledge_upload');
      return show(res, {}, [{ kind: 'error', text: uploadProblemText({ kind: 'missing' }, sources.maxBytes) }], 400);
    }
    const r = await sources.upload(ctx.principal, file);
    if (r.kind === 'forbidden') return sendForbidden(res);
    if (r.kind === 'invalid') return show(res, {}, [{ kind: 'error', text: uploadProblemText(r, sources.maxBytes) }], r.problem === 'too_large' ? 413 : 400);
    redirectDone(res, '/console/knowledge', 'uploaded', {
      file: r.source.fileName, articles: String(r.source.articleCount), documents: String(r.source.documentCount), skipped: String(r.skippedLines),
    });
  });

  router.post('/console/knowledge/sources/:id/remove', async (req, res) => {
    if (!sources) return sendNotFound(res);
    const r = await sources.remove(contextOf(res).principal, String(req.params.id));
    if (r.kind === 'forbidden') return sendForbidden(res);
    if (r.kind === 'not_found') return show(res, {}, [{ kind: 'error', text: k.removeMissing }], 404);
    redirectDone(res, '/console/knowledge', 'removed', { file: r.source.fileName });
  });

  router.post('/console/knowledge/reindex', async (_req, res) => {
    const reindex = deps.knowledge.reindex;
    if (!reindex || !sources) return sendNotFound(res);
    const ctx = contextOf(res);
    if (ctx.principal.role !== 'system_admin') return forbidden(res, 'knowledge_reindex');
    const how = reindex();
    await recordAdmin(deps.audit, deps.clock, ctx.principal, { action: 'knowledge_reindex', outcome: how });
    redirectDone(res, '/console/knowledge', 'reindex', { how });
  });
}
