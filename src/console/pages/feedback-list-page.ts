import type { FeedbackItem } from '../../feedback/feedback-review';
import type { ConsoleContext } from '../auth/console-auth';
import { EXPORT_ROLES } from '../capabilities';
import { withQuery } from '../form';
import { html, type Html } from '../html';
import { renderPage, type Flash } from '../layout';
import { cv, fill } from '../messages';
import { vnTime } from '../present';
import { triSelect, unitSelect } from './filters';

export interface FeedbackListView {
  items: FeedbackItem[];
  next?: string;
  query: Record<string, string>;
  /** The filter part of the query (no cursor), for export links. */
  filterQuery: Record<string, string>;
  units: string[];
  flash: Flash[];
}

const cut = (s: string | undefined, n: number) => (!s ? '' : s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function reactionBadge(r: 'like' | 'dislike'): Html {
  return html`<span class="badge ${r}">${r === 'like' ? cv.feedback.like : cv.feedback.dislike}</span>`;
}

function filters(ctx: ConsoleContext, v: FeedbackListView): Html {
  const q = v.query;
  const opt = (value: string, text: string) => html`<option value="${value}"${q.reaction === value ? html` selected` : ''}>${text}</option>`;
  return html`<form method="get" action="/console/feedback" class="card filters" aria-label="${cv.common.filter}">
<div><label for="reaction">${cv.feedback.reaction}</label><select id="reaction" name="reaction">${opt('', cv.common.any)}${opt('like', cv.feedback.like)}${opt('dislike', cv.feedback.dislike)}</select></div>
${triSelect('comment', cv.feedback.hasComment, q.comment)}
<div><label for="from">${cv.common.from}</label><input type="date" id="from" name="from" value="${q.from ?? ''}"></div>
<div><label for="to">${cv.common.to}</label><input type="date" id="to" name="to" value="${q.to ?? ''}"></div>
${unitSelect(ctx, v.units, q.unit)}
<div><label for="topic">${cv.feedback.topic}</label><input type="search" id="topic" name="topic" value="${q.topic ?? ''}"></div>
<div><label for="document">${cv.feedback.document}</label><input type="search" id="document" name="document" value="${q.document ?? ''}"></div>
${triSelect('reviewed', cv.feedback.reviewed, q.reviewed, cv.feedback.reviewed, cv.feedback.notReviewed)}
<div class="buttons"><button type="submit">${cv.common.filter}</button><a class="button secondary" href="/console/feedback">${cv.common.clear}</a></div>
</form>`;
}

function row(i: FeedbackItem): Html {
  const f = i.feedback;
  const comment = f.commentBlocked ? html`<em class="muted">${cv.feedback.commentBlocked}</em>` : cut(f.comment, 120);
  return html`<tr>
<td>${vnTime(f.time)}</td><td>${f.unit ?? ''}</td><td>${reactionBadge(f.reaction)}</td>
<td>${cut(i.answer?.question, 140)}</td><td>${comment}</td><td class="num">${i.answer?.citations.length ?? 0}</td>
<td>${i.review.reviewedAt ? html`<span class="badge done">${cv.feedback.reviewed}</span>` : html`<span class="badge">${cv.feedback.notReviewed}</span>`}</td>
<td><a href="/console/feedback/${encodeURIComponent(f.id)}">${cv.feedback.open}<span class="muted"> ${vnTime(f.time)}</span></a></td>
</tr>`;
}

/** The feedback review list: filters, one page of records newest first, the next page link, exports of the same filters. */
export function feedbackListPage(ctx: ConsoleContext, v: FeedbackListView): string {
  const exportLinks = EXPORT_ROLES.includes(ctx.principal.role)
    ? html`<p class="actions"><a class="button secondary" href="/console/feedback/export.csv${withQuery(v.filterQuery, {})}">${cv.common.exportCsv}</a><a class="button secondary" href="/console/feedback/export.xlsx${withQuery(v.filterQuery, {})}">${cv.common.exportXlsx}</a></p>`
    : '';
  const table = v.items.length === 0
    ? html`<p>${cv.common.none}</p>`
    : html`<div class="table-wrap"><table>
<caption>${fill(cv.feedback.count, { count: v.items.length })}</caption>
<thead><tr><th scope="col">${cv.common.time}</th><th scope="col">${cv.common.unit}</th><th scope="col">${cv.feedback.reaction}</th><th scope="col">${cv.feedback.question}</th><th scope="col">${cv.feedback.comment}</th><th scope="col" class="num">${cv.feedback.citations}</th><th scope="col">${cv.feedback.reviewed}</th><th scope="col">${cv.common.actions}</th></tr></thead>
<tbody>${v.items.map(row)}</tbody></table></div>`;
  const pager = html`<nav class="pager" aria-label="${cv.common.next}">${v.query.cursor ? html`<a href="/console/feedback${withQuery(v.query, { cursor: undefined })}">${cv.common.first}</a>` : ''}${v.next ? html`<a href="/console/feedback${withQuery(v.query, { cursor: v.next })}" rel="next">${cv.common.next}</a>` : ''}</nav>`;
  return renderPage({ title: cv.feedback.title, area: 'feedback', ctx, flash: v.flash, body: html`${filters(ctx, v)}${exportLinks}${table}${pager}` });
}
