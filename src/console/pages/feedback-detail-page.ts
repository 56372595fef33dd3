import { markdownToPlainText } from '../../core/plain-text';
import type { CuratedAnswer } from '../../feedback/curated-answers';
import type { FeedbackItem } from '../../feedback/feedback-review';
import { answererLabel, exportsVi, labelFrom } from '../../messages/exports';
import type { ConsoleContext } from '../auth/console-auth';
import { html, type Html } from '../html';
import { csrfField, renderPage, type Flash } from '../layout';
import { cv, fill } from '../messages';
import { vnTime } from '../present';
import { reactionBadge } from './feedback-list-page';

export interface FeedbackDetailView {
  item: FeedbackItem;
  /** The person as exports show them (pseudonymous unless real ids are allowed). */
  person: string;
  curated?: CuratedAnswer;
  /** Names to show for reviewers' ids. */
  names: Map<string, string>;
  flash: Flash[];
}

const channel = labelFrom(exportsVi.channel);
/** Whether the comment points at citation [n] (people quote the answer's markers when a source is wrong). */
const mentions = (comment: string | undefined, n: number) => !!comment && comment.includes(`[${n}]`);

const VERDICT_LABEL = { right: cv.feedback.verdictRight, wrong: cv.feedback.verdictWrong, outdated: cv.feedback.verdictOutdated } as const;
/** The person's verdict on one citation (the Teams follow-up card), else whether the comment points at it. */
function verdictCell(verdict: keyof typeof VERDICT_LABEL | undefined, mentioned: boolean): Html {
  if (verdict) return html`<td><span class="badge${verdict === 'right' ? ' done' : ''}">${VERDICT_LABEL[verdict]}</span></td>`;
  return html`<td class="muted">${mentioned ? cv.feedback.mentioned : cv.feedback.noVerdict}</td>`;
}

function review(v: FeedbackDetailView): Html {
  const r = v.item.review;
  const name = (id: string) => v.names.get(id) ?? id;
  return html`${r.reviewedAt ? html`<p><span class="badge done">${fill(cv.feedback.reviewedBy, { by: name(r.reviewedBy ?? ''), at: vnTime(r.reviewedAt) })}</span></p>` : ''}
${r.worklist ? html`<p><span class="badge">${fill(cv.feedback.inWorklist, { by: name(r.worklist.by), at: vnTime(r.worklist.at) })}</span>${r.worklist.note ? html` — ${r.worklist.note}` : ''}</p>` : ''}`;
}

function actions(ctx: ConsoleContext, v: FeedbackDetailView): Html {
  const role = ctx.principal.role;
  if (role === 'auditor') return html`<p class="muted">${cv.common.readOnly}</p>`;
  const id = encodeURIComponent(v.item.feedback.id);
  const base = `/console/feedback/${id}`;
  const curate = role === 'system_admin' && v.item.answer
    ? html`<form method="post" action="${base}/curated" class="card">${csrfField(ctx)}
<h3>${cv.feedback.curate}</h3><p class="muted">${cv.feedback.curatedHint}</p>
<label for="articles">${cv.feedback.curatedArticles}</label><textarea id="articles" name="articles" required>${v.curated?.articles.join('\n') ?? v.item.answer.citations.map((c) => c.label).join('\n')}</textarea>
<label for="text">${cv.feedback.curatedText}</label><textarea id="text" name="text" required>${v.curated?.text ?? ''}</textarea>
<button type="submit">${cv.feedback.curate}</button></form>`
    : '';
  return html`<div class="actions">
<form method="post" action="${base}/review" class="inline">${csrfField(ctx)}<button type="submit">${cv.feedback.markReviewed}</button></form>
</div>
<form method="post" action="${base}/worklist" class="card">${csrfField(ctx)}
<label for="note">${cv.feedback.worklistNote}</label><textarea id="note" name="note" maxlength="2000"></textarea>
<button type="submit">${cv.feedback.sendWorklist}</button></form>
${curate}`;
}

/** One feedback record: the stored question (placeholders), the answer, each citation, the comment, the review and actions. */
export function feedbackDetailPage(ctx: ConsoleContext, v: FeedbackDetailView): string {
  const { feedback: f, answer: a } = v.item;
  const facts = html`<dl class="facts card">
<dt>${cv.common.time}</dt><dd>${vnTime(f.time)}</dd>
<dt>${cv.common.unit}</dt><dd>${f.unit ?? ''}</dd>
<dt>${cv.common.person}</dt><dd>${v.person}</dd>
<dt>${exportsVi.feedback.headers.channel}</dt><dd>${f.conversationType ? channel(f.conversationType) : ''}</dd>
<dt>${cv.feedback.reaction}</dt><dd>${reactionBadge(f.reaction)}</dd>
${a ? html`<dt>${cv.feedback.answerer}</dt><dd>${answererLabel(a.answerer)}</dd>` : ''}
</dl>`;
  const comment = f.commentBlocked ? html`<p><em>${cv.feedback.commentBlocked}</em></p>` : f.comment ? html`<blockquote class="card">${f.comment}</blockquote>` : html`<p class="muted">—</p>`;
  const qa = a
    ? html`<h2>${cv.feedback.question}</h2><p class="muted">${cv.feedback.storedNote}</p><p class="card">${a.question}</p>
<h2>${cv.feedback.answer}</h2><div class="card answer">${markdownToPlainText(a.answer)}</div>
<h2>${cv.feedback.citations}</h2>
${a.citations.length === 0 ? html`<p>—</p>` : html`<div class="table-wrap"><table><thead><tr><th scope="col">#</th><th scope="col">${cv.feedback.citations}</th><th scope="col">${cv.feedback.citationVerdict}</th></tr></thead>
<tbody>${a.citations.map((c, n) => html`<tr><td>${n + 1}</td><td>${c.url && /^https?:\/\//.test(c.url) ? html`<a href="${c.url}">${c.label}</a>` : c.label}</td>${verdictCell(f.citations?.find((x) => x.position === n + 1)?.verdict, mentions(f.comment, n + 1))}</tr>`)}</tbody></table></div>`}`
    : html`<p class="muted">${cv.feedback.noAnswer}</p>`;
  const curated = v.curated ? html`<h2>${cv.feedback.curate}</h2><div class="card"><p class="muted">${fill(cv.feedback.curatedBy, { by: v.curated.byName, at: vnTime(v.curated.at) })}</p><ul>${v.curated.articles.map((r) => html`<li>${r}</li>`)}</ul><div class="answer">${v.curated.text}</div></div>` : '';
  const body = html`<p><a href="/console/feedback">← ${cv.feedback.title}</a></p>${facts}${qa}<h2>${cv.feedback.comment}</h2>${comment}${curated}${review(v)}${actions(ctx, v)}`;
  return renderPage({ title: cv.feedback.detailTitle, area: 'feedback', ctx, flash: v.flash, body });
}
