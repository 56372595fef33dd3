import type { Role } from '../store/types';
import { normalizeUnit } from './identity';
import type { Principal } from './principal';

/** Why an administrative action is refused. */
export type Refusal =
  | { kind: 'forbidden'; reason: 'role' }
  | { kind: 'forbidden'; reason: 'other_unit'; unit?: string }
  | { kind: 'forbidden'; reason: 'grant_role'; role: Role }
  | { kind: 'forbidden'; reason: 'target_role'; role: Role }
  /** The id and the UPN given belong to two different accounts: a system administrator must reconcile them first. */
  | { kind: 'forbidden'; reason: 'identity_conflict' };

// Roles a unit administrator may hand out inside their unit: auditors see every unit, so granting one would escalate.
const UNIT_ADMIN_GRANTS: readonly Role[] = ['user', 'unit_admin'];

/** Whether the principal may read user lists and usage of `unit` (undefined = every unit). */
export function checkRead(p: Principal, unit: string | undefined): Refusal | undefined {
  if (p.role === 'system_admin' || p.role === 'auditor') return undefined;
  if (p.role === 'unit_admin') return unit !== undefined && unit === p.unit ? undefined : { kind: 'forbidden', reason: 'other_unit', unit: p.unit };
  return { kind: 'forbidden', reason: 'role' };
}

/** The unit a read is limited to: unit admins default to (and are held to) their own unit. */
export function readScope(p: Principal, requested: string | undefined): { unit?: string } | Refusal {
  const unit = requested !== undefined ? normalizeUnit(requested) : p.role === 'unit_admin' ? p.unit : undefined;
  const refusal = checkRead(p, unit);
  return refusal ?? { unit };
}

/** Whether the principal may change an account: `current` is the existing record, `next` the record after the change. */
export function checkManage(p: Principal, current: { unit: string; role: Role } | undefined, next?: { unit: string; role: Role }): Refusal | undefined {
  if (p.role === 'system_admin') return undefined;
  if (p.role !== 'unit_admin') return { kind: 'forbidden', reason: 'role' };
  for (const rec of [current, next]) {
    if (rec && rec.unit !== p.unit) return { kind: 'forbidden', reason: 'other_unit', unit: p.unit };
  }
  if (current && !UNIT_ADMIN_GRANTS.includes(current.role)) return { kind: 'forbidden', reason: 'target_role', role: current.role };
  if (next && !UNIT_ADMIN_GRANTS.includes(next.role)) return { kind: 'forbidden', reason: 'grant_role', role: next.role };
  return undefined;
}
