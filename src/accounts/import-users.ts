import type { Clock } from '../core/clock';
import type { AccountService } from './account-service';
import { recordAdmin, type AuditRecorder } from './audit-recorder';
import { parseUserCsv, type CsvRowError } from './parse-user-csv';
import { checkManage } from './policy';
import type { Principal } from './principal';

/** What a CSV import did: counts, and every rejected row by line number. */
export type ImportResult =
  | { kind: 'imported'; added: number; updated: number; rejected: number; errors: CsvRowError[] }
  | { kind: 'invalid'; message: string; line?: number }
  | { kind: 'forbidden'; reason: 'role' };

/** Creates the bulk import: valid rows are provisioned (role rules per row), bad rows reported, the rest imported. */
export function createUserImport(deps: { accounts: AccountService; audit: AuditRecorder; clock: Clock }) {
  return async (p: Principal, csv: string): Promise<ImportResult> => {
    // Auditors and plain users may not import at all; unit admins are checked row by row.
    if (checkManage(p, undefined)) {
      await recordAdmin(deps.audit, deps.clock, p, { action: 'users.import', outcome: 'forbidden' });
      return { kind: 'forbidden', reason: 'role' };
    }
    const parsed = parseUserCsv(csv);
    if (parsed.kind === 'invalid') {
      await recordAdmin(deps.audit, deps.clock, p, { action: 'users.import', outcome: 'invalid' });
      return parsed;
    }
    const errors = [...parsed.errors];
    let added = 0;
    let updated = 0;
    for (const { line, user } of parsed.rows) {
      const result = await deps.accounts.add(p, user, { import: 'csv', line });
      if (result.kind === 'ok' && result.change === 'added') added++;
      else if (result.kind === 'ok') updated++;
      else errors.push({ line, id: user.id, message: refusalText(result) });
    }
    errors.sort((a, b) => a.line - b.line);
    await recordAdmin(deps.audit, deps.clock, p, { action: 'users.import', outcome: 'ok', details: { added, updated, rejected: errors.length } });
    return { kind: 'imported', added, updated, rejected: errors.length, errors };
  };
}

function refusalText(r: { kind: string; reason?: string; role?: string; unit?: string }): string {
  if (r.reason === 'other_unit') return `forbidden: you can only manage users of your unit (${r.unit ?? '?'})`;
  if (r.reason === 'grant_role') return `forbidden: you cannot grant the role ${r.role}`;
  if (r.reason === 'target_role') return `forbidden: you cannot change an account with the role ${r.role}`;
  if (r.reason === 'identity_conflict') return 'forbidden: the id and the UPN belong to two different accounts';
  return 'forbidden';
}

export type UserImport = ReturnType<typeof createUserImport>;
