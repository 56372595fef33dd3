import type { Clock } from '../core/clock';
import type { UserRecord, UserRepository, UserStatus } from '../store/types';
import { recordAdmin, type AuditRecorder } from './audit-recorder';
import { isUpn, normalizeUserId, userIdSchema } from './identity';
import { vi } from './messages';
import { findPerson } from './person-records';
import { checkManage, readScope, type Refusal } from './policy';
import type { Principal } from './principal';
import type { NewUser } from './user-input';

export type AccountChange = 'added' | 'updated' | 'revoked' | 'locked' | 'restored' | 'unchanged';

/**
 * The outcome of an account change: done, refused by the role rules, or no such account. `created` marks a revocation
 * of someone never provisioned: a revoked record now shuts them out.
 */
export type AccountResult = { kind: 'ok'; user: UserRecord; change: AccountChange; created?: boolean } | Refusal | { kind: 'not_found'; id: string };

export type ListResult = { kind: 'ok'; unit?: string; users: UserRecord[] } | Refusal;

const STATUS_CHANGE: Record<UserStatus, { action: string; change: AccountChange }> = {
  revoked: { action: 'user.revoke', change: 'revoked' },
  locked: { action: 'user.lock', change: 'locked' },
  active: { action: 'user.restore', change: 'restored' },
};

export interface AccountServiceDeps {
  users: UserRepository;
  audit: AuditRecorder;
  clock: Clock;
}

/** Account administration shared by chat and HTTP: role rules applied once, every action audited. */
export function createAccountService(deps: AccountServiceDeps) {
  const { users, audit, clock } = deps;

  /**
   * Creates or updates an account; an existing account keeps its status (restoring is explicit). The person is looked
   * up by every key given (object id, UPN, learned object id): an id that already belongs to someone in another unit is
   * refused, as is an id and a UPN that belong to two different accounts.
   */
  async function add(p: Principal, input: NewUser, details?: Record<string, string | number>): Promise<AccountResult> {
    const found = await findPerson(users, [input.id, input.upn]);
    const existing = found[0];
    const action = existing ? 'user.update' : 'user.add';
    const refusal: Refusal | undefined = found.length > 1 ? { kind: 'forbidden', reason: 'identity_conflict' } : checkManage(p, existing, input);
    if (refusal) {
      await recordAdmin(audit, clock, p, { action, target: existing?.id ?? input.id, unit: input.unit, role: input.role, outcome: 'forbidden', details: { ...details, reason: refusal.reason } });
      return refusal;
    }
    const id = existing?.id ?? input.id;
    const upn = input.upn ?? (isUpn(input.id) ? input.id : existing?.upn);
    // Provisioned by UPN and now given the object id too: keep it, so the object id finds this record from now on.
    const aadObjectId = existing?.aadObjectId ?? (existing && !isUpn(input.id) && input.id !== existing.id ? input.id : undefined);
    const user = await users.upsert({
      id, upn, aadObjectId, name: input.name, unit: input.unit, role: input.role,
      status: existing?.status ?? 'active',
      statusChangedAt: existing?.statusChangedAt,
      createdAt: existing?.createdAt,
    });
    await recordAdmin(audit, clock, p, { action, target: id, unit: user.unit, role: user.role, outcome: 'ok', details });
    return { kind: 'ok', user, change: existing ? 'updated' : 'added' };
  }

  /**
   * Revokes, locks or restores every record of the person; takes effect on their next message (no caches). Refused when
   * any of those records is beyond the principal's reach (another unit, a higher role). Revoking someone never
   * provisioned creates a revoked record, so a leaver who never enrolled is shut out too.
   */
  async function setStatus(p: Principal, idOrUpn: string, status: UserStatus): Promise<AccountResult> {
    const { action, change } = STATUS_CHANGE[status];
    const id = normalizeUserId(idOrUpn);
    const records = await findPerson(users, [id]);
    if (records.length === 0) return status === 'revoked' ? revokeUnknown(p, id) : notFound(p, action, id);
    for (const r of records) {
      const refusal = checkManage(p, r);
      if (refusal) {
        await recordAdmin(audit, clock, p, { action, target: r.id, unit: r.unit, outcome: 'forbidden', details: { reason: refusal.reason } });
        return refusal;
      }
    }
    const primary = records.find((r) => r.id === id) ?? records[0];
    const pending = records.filter((r) => r.status !== status);
    if (pending.length === 0) {
      await recordAdmin(audit, clock, p, { action, target: primary.id, unit: primary.unit, outcome: 'unchanged' });
      return { kind: 'ok', user: primary, change: 'unchanged' };
    }
    let user = primary;
    for (const r of pending) {
      // setStatus records statusChangedAt, which the purge job uses to delete revoked users' notes after retention.
      const changed = (await users.setStatus(r.id, status, clock.now())) ?? r;
      if (r.id === primary.id) user = changed;
      await recordAdmin(audit, clock, p, { action, target: r.id, unit: r.unit, outcome: 'ok', details: { from: r.status } });
    }
    return { kind: 'ok', user, change };
  }

  async function notFound(p: Principal, action: string, id: string): Promise<AccountResult> {
    await recordAdmin(audit, clock, p, { action, target: id, outcome: 'not_found' });
    return { kind: 'not_found', id };
  }

  /** A revocation of an id nobody provisioned: a revoked record in the principal's unit (system administrators: none). */
  async function revokeUnknown(p: Principal, id: string): Promise<AccountResult> {
    if (!userIdSchema.safeParse(id).success) return notFound(p, 'user.revoke', id);
    const unit = p.unit ?? vi.unknownUnit;
    const refusal = checkManage(p, undefined, { unit, role: 'user' });
    if (refusal) {
      await recordAdmin(audit, clock, p, { action: 'user.revoke', target: id, outcome: 'forbidden', details: { reason: refusal.reason } });
      return refusal;
    }
    const now = clock.now();
    const user = await users.upsert({ id, upn: isUpn(id) ? id : undefined, name: '', unit, role: 'user', status: 'revoked', statusChangedAt: now });
    await recordAdmin(audit, clock, p, { action: 'user.revoke', target: id, unit, outcome: 'ok', details: { created: true } });
    return { kind: 'ok', user, change: 'revoked', created: true };
  }

  /** Lists accounts the principal may see (unit admins: their unit only). */
  async function list(p: Principal, unit?: string): Promise<ListResult> {
    const scope = readScope(p, unit);
    if ('kind' in scope) {
      await recordAdmin(audit, clock, p, { action: 'users.list', unit, outcome: 'forbidden' });
      return scope;
    }
    const found = await users.list(scope.unit ? { unit: scope.unit } : undefined);
    await recordAdmin(audit, clock, p, { action: 'users.list', unit: scope.unit, outcome: 'ok', details: { count: found.length } });
    return { kind: 'ok', unit: scope.unit, users: found };
  }

  return { add, setStatus, list };
}

export type AccountService = ReturnType<typeof createAccountService>;
