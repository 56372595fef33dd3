import type { ConsoleContext } from '../auth/console-auth';
import type { DocumentSummary } from '../../knowledge';
import type { ReindexStatus } from '../../runtime/knowledge-holder';
import type { KnowledgeSourceRecord } from '../../store/types';
import { withQuery } from '../form';
import { html, type Html } from '../html';
import { csrfField, renderPage, type Flash } from '../layout';
import { cv, fill } from '../messages';
import { vnDayLabel, vnTime } from '../present';

const k = cv.knowledge;
export const DOCUMENTS_PER_PAGE = 100;

/** What the knowledge page shows. */
export interface KnowledgeView {
  ctx: ConsoleContext;
  flash: Flash[];
  state: string;
  articleCount?: number;
  loadedAt?: Date;
  documents: DocumentSummary[];
  /** Matching documents before paging. */
  total: number;
  page: number;
  query: Record<string, string>;
  reindex?: ReindexStatus;
  /** Uploaded files; undefined where the service keeps none. */
  uploads?: KnowledgeSourceRecord[];
  maxBytes?: number;
  paths: string[];
}

const mb = (bytes: number) => (bytes / 1048576).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
/** A file's size: kB under a megabyte (at least 1), else MB with one decimal. */
const size = (bytes: number) => (bytes < 1048576 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${mb(bytes)} MB`);
const day = (d?: string) => (d ? vnDayLabel(d) : '');

/** The re-index status line; a running one carries a progress bar that console.js refreshes from progress.json. */
export function reindexStatusHtml(s: ReindexStatus | undefined): Html {
  if (!s) return html`<p>${k.reindexNever}</p>`;
  const queued = s.queued ? html` ${k.queued}` : '';
  if (s.state === 'running') {
    return html`<p role="status"><progress max="100" value="${s.percent}" aria-label="${k.progressLabel}"></progress> <span>${fill(k.running, { percent: s.percent, articles: s.articles.toLocaleString('vi-VN') })}</span>${queued}</p>`;
  }
  if (s.state === 'failed') return html`<p role="alert">${fill(k.reindexFailed, { time: vnTime(s.finishedAt), error: s.error ?? '' })}${queued}</p>`;
  return html`<p>${fill(k.reindexReady, { articles: s.articles.toLocaleString('vi-VN'), time: vnTime(s.finishedAt) })}</p>`;
}

function uploadForm(v: KnowledgeView): Html {
  if (v.uploads === undefined || v.maxBytes === undefined) return html``;
  if (v.ctx.principal.role !== 'system_admin') return html`<p class="muted">${cv.common.readOnly}</p>`;
  return html`<h2>${k.uploadTitle}</h2><p>${fill(k.uploadHelp, { max: mb(v.maxBytes) })}</p>
<form method="post" action="/console/knowledge/sources" enctype="multipart/form-data" class="card filters">${csrfField(v.ctx)}
<div><label for="file">${k.file}</label><input type="file" id="file" name="file" required accept=".docx,.pdf,.md,.markdown,.jsonl,.gz"></div>
<div class="buttons"><button type="submit">${k.submit}</button></div></form>`;
}

function uploadsTable(v: KnowledgeView): Html {
  if (v.uploads === undefined) return html``;
  const c = k.uploadColumns;
  const admin = v.ctx.principal.role === 'system_admin';
  const remove = (u: KnowledgeSourceRecord) => html`<td><form method="post" action="/console/knowledge/sources/${encodeURIComponent(u.id)}/remove" data-confirm="${fill(k.removeConfirm, { fileName: u.fileName })}">${csrfField(v.ctx)}<button type="submit" class="link">${k.removeButton}</button></form></td>`;
  const rows = v.uploads.map((u) => html`<tr><td>${u.fileName}</td><td>${k.formats[u.format]}</td><td class="num">${size(u.bytes)}</td><td class="num">${u.articleCount.toLocaleString('vi-VN')}</td><td class="num">${u.documentCount}</td><td>${u.uploadedBy}</td><td>${vnTime(u.uploadedAt)}</td>${admin ? remove(u) : ''}</tr>`);
  return html`<h2>${k.uploadsTitle}</h2>${v.uploads.length === 0 ? html`<p>${k.noUploads}</p>` : html`<div class="table-wrap"><table>
<thead><tr><th scope="col">${c.file}</th><th scope="col">${c.format}</th><th scope="col" class="num">${c.size}</th><th scope="col" class="num">${c.articles}</th><th scope="col" class="num">${c.documents}</th><th scope="col">${c.by}</th><th scope="col">${c.at}</th>${admin ? html`<th scope="col">${c.actions}</th>` : ''}</tr></thead>
<tbody>${rows}</tbody></table></div>`}`;
}

function documentsTable(v: KnowledgeView): Html {
  const c = k.columns;
  const search = html`<form method="get" action="/console/knowledge" class="card filters"><div><label for="q">${k.search}</label><input type="search" id="q" name="q" value="${v.query.q ?? ''}"></div><div class="buttons"><button type="submit">${cv.common.filter}</button></div></form>`;
  if (v.total === 0) return html`<h2>${k.documentsTitle}</h2>${search}<p>${k.noDocuments}</p>`;
  const from = v.page * DOCUMENTS_PER_PAGE;
  const rows = v.documents.map((d) => html`<tr><td>${d.soHieu ?? ''}</td><td>${d.ten}</td><td>${d.loaiVanBan ?? ''}</td><td>${d.coQuanBanHanh ?? ''}</td><td>${day(d.ngayBanHanh)}</td><td>${day(d.ngayHieuLuc)}</td><td class="num">${d.articleCount}</td></tr>`);
  const pager = html`<nav class="pager" aria-label="${k.documentsTitle}">${v.page > 0 ? html`<a href="/console/knowledge${withQuery(v.query, { page: v.page > 1 ? String(v.page - 1) : undefined })}">${k.previous}</a>` : ''}${from + DOCUMENTS_PER_PAGE < v.total ? html`<a href="/console/knowledge${withQuery(v.query, { page: String(v.page + 1) })}" rel="next">${k.next}</a>` : ''}</nav>`;
  return html`<h2>${k.documentsTitle}</h2>${search}<p>${fill(k.showing, { from: from + 1, to: from + v.documents.length, total: v.total })}</p><div class="table-wrap"><table>
<thead><tr><th scope="col">${c.soHieu}</th><th scope="col">${c.ten}</th><th scope="col">${c.loai}</th><th scope="col">${c.coQuan}</th><th scope="col">${c.issued}</th><th scope="col">${c.effective}</th><th scope="col" class="num">${c.articles}</th></tr></thead>
<tbody>${rows}</tbody></table></div>${pager}`;
}

/** GET /console/knowledge: state of the serving index, re-indexing, uploads and the loaded documents. */
export function renderKnowledgePage(v: KnowledgeView): string {
  const facts = html`<dl class="facts card"><dt>${k.state}</dt><dd>${v.state}</dd><dt>${k.articles}</dt><dd>${v.articleCount !== undefined ? v.articleCount.toLocaleString('vi-VN') : '—'}</dd>
${v.loadedAt ? html`<dt>${k.loadedAt}</dt><dd>${vnTime(v.loadedAt)}</dd>` : ''}<dt>${k.paths}</dt><dd><ul>${v.paths.map((p) => html`<li>${p.split(/[\\/]/).slice(-2).join('/')}</li>`)}</ul></dd></dl>`;
  const canReindex = v.ctx.principal.role === 'system_admin' && v.uploads !== undefined;
  const reindexButton = canReindex && v.reindex?.state !== 'running'
    ? html`<form method="post" action="/console/knowledge/reindex">${csrfField(v.ctx)}<button type="submit">${k.reindexButton}</button></form>` : '';
  const reindex = html`<h2>${k.reindexTitle}</h2><div id="reindex" data-progress="/console/knowledge/progress.json">${reindexStatusHtml(v.reindex)}</div>${reindexButton}`;
  return renderPage({ title: k.title, area: 'knowledge', ctx: v.ctx, flash: v.flash, body: html`<p>${k.intro}</p>${facts}${reindex}${uploadForm(v)}${uploadsTable(v)}${documentsTable(v)}` });
}
