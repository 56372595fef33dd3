import { categoriesLabel } from '../messages/exports';
import type { UserRecord } from '../store/types';
import type { AccountResult } from './account-service';
import { format, vi } from './messages';
import type { Refusal } from './policy';
import type { UsageReport } from './usage-report';
import type { UsagePeriod } from './usage-period';

const MAX_LIST = 50;
const MAX_USAGE_ROWS = 40;

/** The Vietnamese explanation of a refused administrative action. */
export function refusalText(r: Refusal): string {
  if (r.reason === 'other_unit') return format(vi.accounts.forbiddenOtherUnit, { unit: r.unit ?? vi.unknownUnit });
  if (r.reason === 'grant_role') return format(vi.accounts.forbiddenRole, { role: vi.roles[r.role] });
  if (r.reason === 'target_role') return format(vi.accounts.forbiddenTarget, { role: vi.roles[r.role] });
  if (r.reason === 'identity_conflict') return vi.accounts.forbiddenConflict;
  return vi.accounts.forbidden;
}

const describe = (u: UserRecord) => ({ name: u.name || u.id, id: u.id, unit: u.unit, role: vi.roles[u.role], status: vi.statuses[u.status] });

/** The chat reply to an account change. */
export function accountResultText(r: AccountResult): string {
  if (r.kind === 'not_found') return format(vi.accounts.notFound, { id: r.id });
  if (r.kind === 'forbidden') return refusalText(r);
  if (r.created) return format(vi.accounts.revokedUnknown, { id: r.user.id });
  const templates = { added: vi.accounts.added, updated: vi.accounts.updated, revoked: vi.accounts.revoked, locked: vi.accounts.locked, restored: vi.accounts.restored, unchanged: vi.accounts.unchanged };
  return format(templates[r.change], describe(r.user));
}

/** A readable account list, capped so a chat message stays short. */
export function userListText(users: UserRecord[], unit?: string): string {
  if (users.length === 0) return vi.accounts.listEmpty;
  const lines = [format(vi.accounts.listHeader, { scope: unit ? format(vi.accounts.listScope, { unit }) : '', count: users.length })];
  for (const u of users.slice(0, MAX_LIST)) lines.push(format(vi.accounts.listLine, describe(u)));
  if (users.length > MAX_LIST) lines.push(format(vi.accounts.listTruncated, { more: users.length - MAX_LIST }));
  return lines.join('\n');
}

/** The usage report as a Markdown table with totals (Teams renders Markdown tables). */
export function usageText(report: UsageReport, period: UsagePeriod): string {
  const scope = report.unit ? format(vi.usage.scopeUnit, { unit: report.unit }) : vi.usage.scopeAll;
  const lines = [format(vi.usage.header, { scope, from: period.fromDay, to: period.toDay })];
  if (report.rows.length === 0) return [...lines, vi.usage.empty].join('\n\n');
  const table = [vi.usage.tableHeader, ...report.rows.slice(0, MAX_USAGE_ROWS).map((r) => format(vi.usage.tableRow, { ...r }))];
  if (report.rows.length > MAX_USAGE_ROWS) table.push(format(vi.usage.truncated, { more: report.rows.length - MAX_USAGE_ROWS }));
  lines.push(table.join('\n'), format(vi.usage.totals, { ...report.totals }));
  const categories = Object.entries(report.totals.blockedByCategory);
  if (categories.length > 0) lines.push(format(vi.usage.blockedLine, { list: categories.map(([c, n]) => `${categoriesLabel(c)}: ${n}`).join(', ') }));
  return lines.join('\n\n');
}
