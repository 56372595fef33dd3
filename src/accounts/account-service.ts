import type { Clock } from '../core/clock';
import type { UserRecord, UserRepository, UserStatus } from '../store/types';
import { recordAdmin, type AuditRecorder } from './audit-recorder';
import { isUpn, normalizeUserId } from './identity';
import { checkManage, readScope, type Refusal } from './policy';
import type { Principal } from './principal';
import type { NewUser } from './user-input';

export type AccountChange = 'added' | 'updated' | 'revoked' | 'locked' | 'restored' | 'unchanged';

/** The outcome of an account change: done, refused by the role rules, or no such account. */
export type AccountResult = { kind: 'ok'; user: UserRecord; change: AccountChange } | Refusal | { kind: 'not_found'; id: string };

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

  /** Creates or updates an account; an existing account keeps its status (restoring is explicit). */
  async function add(p: Principal, input: NewUser, details?: Record<string, string | number>): Promise<AccountResult> {
    const existing = (await users.get(input.id)) ?? (input.upn ? await users.get(input.upn) : undefined);
    const refusal = checkManage(p, existing, input);
    const action = existing ? 'user.update' : 'user.add';
    if (refusal) {
      await recordAdmin(audit, clock, p, { action, target: existing?.id ?? input.id, unit: input.unit, role: input.role, outcome: 'forbidden', details });
      return refusal;
    }
    const id = existing?.id ?? input.id;
    const upn = input.upn ?? (isUpn(input.id) ? input.id : existing?.upn);
    const user = await users.upsert({
      id, upn, name: input.name, unit: input.unit, role: input.role,
      status: existing?.status ?? 'active',
      statusChangedAt: existing?.statusChangedAt,
      createdAt: existing?.createdAt,
    });
    await recordAdmin(audit, clock, p, { action, target: id, unit: user.unit, role: user.role, outcome: 'ok', details });
    return { kind: 'ok', user, change: existing ? 'updated' : 'added' };
  }

  /** Revokes, locks or restores an account; takes effect on the person's next message (no caches). */
  async function setStatus(p: Principal, idOrUpn: string, status: UserStatus): Promise<AccountResult> {
    const { action, change } = STATUS_CHANGE[status];
    const id = normalizeUserId(idOrUpn);
    const existing = await users.get(id);
    if (!existing) {
      await recordAdmin(audit, clock, p, { action, target: id, outcome: 'not_found' });
      return { kind: 'not_found', id };
    }
    const refusal = checkManage(p, existing);
    if (refusal) {
      await recordAdmin(audit, clock, p, { action, target: existing.id, unit: existing.unit, outcome: 'forbidden' });
      return refusal;
    }
    if (existing.status === status) {
      await recordAdmin(audit, clock, p, { action, target: existing.id, unit: existing.unit, outcome: 'unchanged' });
      return { kind: 'ok', user: existing, change: 'unchanged' };
    }
    // setStatus records statusChangedAt, which the purge job uses to delete revoked users' notes after retention.
    const user = (await users.setStatus(existing.id, status, clock.now())) ?? existing;
    await recordAdmin(audit, clock, p, { action, target: existing.id, unit: existing.unit, outcome: 'ok', details: { from: existing.status } });
    return { kind: 'ok', user, change };
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
