import type { ImportResult } from '../../accounts/import-users';
import { ROLES } from '../../accounts/roles';
import type { UserRecord } from '../../store/types';
import type { ConsoleContext } from '../auth/console-auth';
import { html, type Html } from '../html';
import { csrfField, renderPage, type Flash } from '../layout';
import { cv, fill } from '../messages';
import { unitSelect } from './filters';

export interface AccountsView {
  users: UserRecord[];
  query: Record<string, string>;
  units: string[];
  flash: Flash[];
  imported?: Extract<ImportResult, { kind: 'imported' }>;
  /** A token just issued: shown once. */
  issued?: { userId: string; token: string };
}

const select = (id: string, label: string, options: [string, string][], value?: string) =>
  html`<div><label for="${id}">${label}</label><select id="${id}" name="${id}"><option value="">${cv.common.any}</option>${options.map(([v, t]) => html`<option value="${v}"${v === value ? html` selected` : ''}>${t}</option>`)}</select></div>`;

function rowActions(ctx: ConsoleContext, u: UserRecord): Html {
  if (ctx.principal.role === 'auditor') return html``;
  const base = `/console/accounts/${encodeURIComponent(u.id)}`;
  const button = (verb: string, text: string, confirm?: string) =>
    html`<form method="post" action="${base}/${verb}" class="inline"${confirm ? html` data-confirm="${confirm}"` : ''}>${csrfField(ctx)}<button type="submit" class="secondary" aria-label="${text}: ${u.name}">${text}</button></form>`;
  const status = u.status === 'active' ? html`${button('revoke', cv.accounts.revoke, cv.accounts.confirmRevoke)}${button('lock', cv.accounts.lock)}` : button('restore', cv.accounts.restore);
  const tokens = ctx.principal.role === 'system_admin' && u.role !== 'user' && u.status === 'active'
    ? html`${button('token', cv.accounts.issueToken)}${button('token/revoke', cv.accounts.revokeToken)}`
    : '';
  return html`<div class="actions">${status}${tokens}</div>`;
}

function forms(ctx: ConsoleContext): Html {
  if (ctx.principal.role === 'auditor') return html`<p class="muted">${cv.common.readOnly}</p>`;
  const roles = ctx.principal.role === 'system_admin' ? ROLES : (['user', 'unit_admin'] as const);
  const unit = ctx.principal.role === 'unit_admin'
    ? html`<input type="text" id="p-unit" name="unit" value="${ctx.principal.unit ?? ''}" readonly>`
    : html`<input type="text" id="p-unit" name="unit" required>`;
  return html`<div class="charts">
<form method="post" action="/console/accounts" class="card">${csrfField(ctx)}<h2>${cv.accounts.provision}</h2>
<label for="p-id">${cv.accounts.id}</label><input type="text" id="p-id" name="id" required>
<label for="p-name">${cv.accounts.name}</label><input type="text" id="p-name" name="name" required>
<label for="p-unit">${cv.common.unit}</label>${unit}
<label for="p-role">${cv.accounts.role}</label><select id="p-role" name="role">${roles.map((r) => html`<option value="${r}">${cv.roles[r]}</option>`)}</select>
<p><button type="submit">${cv.accounts.provisionSubmit}</button></p></form>
<form method="post" action="/console/accounts/import" class="card">${csrfField(ctx)}<h2>${cv.accounts.import}</h2>
<p class="muted" id="csv-hint">${cv.accounts.importHint}</p>
<label for="csv-file">${cv.accounts.importFile}</label><input type="file" id="csv-file" accept=".csv,text/csv" data-into="csv">
<label for="csv">${cv.accounts.importText}</label><textarea id="csv" name="csv" aria-describedby="csv-hint" required></textarea>
<p><button type="submit">${cv.accounts.importSubmit}</button></p></form>
</div>`;
}

/** Accounts: filter by unit, role and status; provision, import CSV (line-numbered report), revoke/lock/restore, tokens. */
export function accountsPage(ctx: ConsoleContext, v: AccountsView): string {
  const q = v.query;
  const filters = html`<form method="get" action="/console/accounts" class="card filters">
${unitSelect(ctx, v.units, q.unit)}
${select('role', cv.accounts.role, ROLES.map((r) => [r, cv.roles[r]]), q.role)}
${select('status', cv.accounts.status, (['active', 'locked', 'revoked'] as const).map((s) => [s, cv.status[s]]), q.status)}
<div class="buttons"><button type="submit">${cv.common.filter}</button></div></form>`;
  const imported = v.imported
    ? html`<div class="card" role="status"><p>${fill(cv.accounts.importResult, v.imported)}</p>${v.imported.errors.length ? html`<ul>${v.imported.errors.map((e) => html`<li>${fill(cv.accounts.importLine, { line: e.line, id: e.id ?? '', message: e.message })}</li>`)}</ul>` : ''}</div>`
    : '';
  const issued = v.issued ? html`<div class="card" role="status"><p>${fill(cv.accounts.tokenIssued, { id: v.issued.userId })}</p><p class="token">${v.issued.token}</p></div>` : '';
  const table = html`<div class="table-wrap"><table><caption>${fill(cv.accounts.count, { count: v.users.length })}</caption>
<thead><tr><th scope="col">${cv.accounts.name}</th><th scope="col">${cv.accounts.id}</th><th scope="col">${cv.common.unit}</th><th scope="col">${cv.accounts.role}</th><th scope="col">${cv.accounts.status}</th><th scope="col">${cv.common.actions}</th></tr></thead>
<tbody>${v.users.map((u) => html`<tr><td>${u.name}</td><td>${u.id}</td><td>${u.unit}</td><td>${cv.roles[u.role]}</td><td><span class="badge ${u.status}">${cv.status[u.status]}</span></td><td>${rowActions(ctx, u)}</td></tr>`)}</tbody></table></div>`;
  return renderPage({ title: cv.accounts.title, area: 'accounts', ctx, flash: v.flash, body: html`${issued}${imported}${filters}${forms(ctx)}${table}` });
}
