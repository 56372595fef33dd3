import type { UsageOverview } from '../../accounts/usage-overview';
import type { UsageRow } from '../../accounts/usage-report';
import { categoriesLabel } from '../../messages/exports';
import type { ConsoleContext } from '../auth/console-auth';
import { html, type Html } from '../html';
import { renderPage, type Flash } from '../layout';
import { cv, fill } from '../messages';
import { chart, vnDayLabel } from '../present';
import { unitSelect } from './filters';

export interface UsageView {
  overview?: UsageOverview;
  query: Record<string, string>;
  from: string;
  to: string;
  byMonth: boolean;
  units: string[];
  flash: Flash[];
}

const num = (n: number) => html`<td class="num">${n.toLocaleString('vi-VN')}</td>`;

function totalsBy(rows: UsageRow[]): { label: string; questions: number; summaries: number; blocked: number }[] {
  const by = new Map<string, { label: string; questions: number; summaries: number; blocked: number }>();
  for (const r of rows) {
    const t = by.get(r.day) ?? { label: vnDayLabel(r.day), questions: 0, summaries: 0, blocked: 0 };
    t.questions += r.questions;
    t.summaries += r.summaries;
    t.blocked += r.blocked;
    by.set(r.day, t);
  }
  return [...by.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, t]) => t);
}

function charts(o: UsageOverview, rows: UsageRow[], period: string): Html {
  const series = totalsBy(rows);
  const activity = {
    type: 'bar',
    data: {
      labels: series.map((s) => s.label),
      datasets: [
        { label: cv.usage.questions, data: series.map((s) => s.questions) },
        { label: cv.usage.summaries, data: series.map((s) => s.summaries) },
        { label: cv.usage.blocked, data: series.map((s) => s.blocked) },
      ],
    },
    options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  };
  const cats = Object.entries(o.report.totals.blockedByCategory).sort((a, b) => b[1] - a[1]);
  const blocked = {
    type: 'bar',
    data: { labels: cats.map(([c]) => categoriesLabel(c)), datasets: [{ label: cv.usage.blocked, data: cats.map(([, n]) => n) }] },
    options: { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { display: false } } },
  };
  return html`<div class="charts">${chart('chart-activity', fill(cv.usage.chartActivity, { granularity: period }), activity)}${chart('chart-blocked', cv.usage.chartBlocked, blocked)}</div>`;
}

function table(o: UsageOverview, rows: UsageRow[], period: string, periodHeader: string): Html {
  const t = o.report.totals;
  return html`<div class="table-wrap"><table>
<caption>${fill(cv.usage.table, { granularity: period })}</caption>
<thead><tr><th scope="col">${periodHeader}</th><th scope="col">${cv.common.unit}</th><th scope="col" class="num">${cv.usage.activePeople}</th><th scope="col" class="num">${cv.usage.questions}</th><th scope="col" class="num">${cv.usage.summaries}</th><th scope="col" class="num">${cv.usage.blocked}</th><th scope="col" class="num">${cv.usage.likes}</th><th scope="col" class="num">${cv.usage.dislikes}</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><td>${vnDayLabel(r.day)}</td><td>${r.unit}</td>${num(r.activeUsers)}${num(r.questions)}${num(r.summaries)}${num(r.blocked)}${num(r.likes)}${num(r.dislikes)}</tr>`)}</tbody>
<tfoot><tr><th scope="row" colspan="2">${cv.usage.totals}</th>${num(t.activeUsers)}${num(t.questions)}${num(t.summaries)}${num(t.blocked)}${num(t.likes)}${num(t.dislikes)}</tr></tfoot>
</table></div>`;
}

function idle(o: UsageOverview): Html {
  if (o.idle.length === 0) return html`<h2>${cv.usage.neverUsed}</h2><p>${cv.usage.allUsed}</p>`;
  return html`<h2>${cv.usage.neverUsed} (${o.idle.length})</h2><p class="muted">${cv.usage.neverUsedIntro}</p>
<div class="table-wrap"><table><thead><tr><th scope="col">${cv.accounts.name}</th><th scope="col">${cv.accounts.id}</th><th scope="col">${cv.common.unit}</th><th scope="col">${cv.accounts.role}</th></tr></thead>
<tbody>${o.idle.map((u) => html`<tr><td>${u.name}</td><td>${u.id}</td><td>${u.unit}</td><td>${cv.roles[u.role]}</td></tr>`)}</tbody></table></div>`;
}

/** The usage dashboard: figures, two charts, the table by unit and day or month, idle accounts, the XLSX report. */
export function usagePage(ctx: ConsoleContext, v: UsageView): string {
  const period = v.byMonth ? cv.usage.byMonth.toLowerCase() : cv.usage.byDay.toLowerCase();
  const filters = html`<form method="get" action="/console/usage" class="card filters" aria-label="${cv.usage.period}">
<div><label for="from">${cv.common.from}</label><input type="date" id="from" name="from" value="${v.from}"></div>
<div><label for="to">${cv.common.to}</label><input type="date" id="to" name="to" value="${v.to}"></div>
${unitSelect(ctx, v.units, v.query.unit)}
<div><label for="by">${cv.usage.granularity}</label><select id="by" name="by"><option value="day"${v.byMonth ? '' : html` selected`}>${cv.usage.byDay}</option><option value="month"${v.byMonth ? html` selected` : ''}>${cv.usage.byMonth}</option></select></div>
<div class="buttons"><button type="submit">${cv.common.filter}</button></div>
</form>`;
  const o = v.overview;
  let body: Html = filters;
  if (o) {
    const t = o.report.totals;
    const rows = v.byMonth ? o.months : o.report.rows;
    const stat = (label: string, n: number) => html`<div class="stat"><b>${n.toLocaleString('vi-VN')}</b>${label}</div>`;
    const report = new URLSearchParams({ from: v.from, to: v.to, ...(v.query.unit ? { unit: v.query.unit } : {}) });
    body = html`${filters}
<div class="stats">${stat(cv.usage.activePeople, t.activeUsers)}${stat(cv.usage.questions, t.questions)}${stat(cv.usage.summaries, t.summaries)}${stat(cv.usage.blocked, t.blocked)}${stat(cv.usage.likes, t.likes)}${stat(cv.usage.dislikes, t.dislikes)}</div>
<p><a class="button secondary" href="/console/usage/report.xlsx?${report.toString()}">${cv.usage.monthlyReport}</a></p>
${charts(o, rows, period)}
${table(o, rows, period, v.byMonth ? cv.usage.month : cv.usage.day)}
${idle(o)}`;
  }
  return renderPage({ title: cv.usage.title, area: 'usage', ctx, flash: v.flash, body, charts: !!o });
}
