import type { Clock } from '../core/clock';
import { systemClock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { UserRecord, UserRepository } from '../store/types';
import type { Reply, Turn } from '../turns/types';
import type { AuditRecorder } from './audit-recorder';
import { normalizeUserId } from './identity';
import { findPerson } from './person-records';
import { vi } from './messages';
import { tenantFilter } from './tenants';

export type AccessDenialReason = 'tenant' | 'not_provisioned' | 'revoked' | 'locked';

/** The outcome of the access check every turn passes first. */
export type AccessResult =
  | { kind: 'allowed'; user?: UserRecord; /** false for an unprovisioned user let in by ACCESS_MODE=open */ provisioned: boolean }
  | { kind: 'denied'; reason: AccessDenialReason; /** undefined ⇒ answer nothing at all */ reply?: Reply; /** the refused record (revoked, locked), so the refusal can be audited under its unit */ user?: UserRecord };

export interface AccessCheckDeps {
  /** With `upsert`, the check learns the object id of a person provisioned by UPN (and the UPN of one provisioned by object id). */
  users: Pick<UserRepository, 'get'> & Partial<Pick<UserRepository, 'findAll' | 'upsert'>>;
  config: { allowedTenantIds: string[]; mode: 'open' | 'allowlist' };
  /** When given, refusals (other tenant, revoked, locked) are written as 'security' audit events. */
  audit?: AuditRecorder;
  clock?: Clock;
  logger?: Logger;
}

/** Creates the per-turn access check; reads the user record on every call (no cache) so revocation is immediate on every instance. */
export function createAccessCheck(deps: AccessCheckDeps): (turn: Turn) => Promise<AccessResult> {
  const clock = deps.clock ?? systemClock;
  const isAllowedTenant = tenantFilter(deps.config.allowedTenantIds);

  const deny = async (turn: Turn, reason: AccessDenialReason, reply: string | undefined, user?: UserRecord): Promise<AccessResult> => {
    if (deps.audit && reason !== 'not_provisioned') {
      try {
        await deps.audit.record({
          time: clock.now(), type: 'security', actor: user?.id ?? actorOf(turn), unit: user?.unit,
          conversationType: turn.conversation.type, action: 'access_denied', outcome: reason,
          details: reason === 'tenant' ? { tenantId: turn.tenantId ?? null } : undefined,
        });
      } catch (err) {
        // A failing audit must not turn a refusal into an answer.
        deps.logger?.warn({ err, turnId: turn.id }, 'access denial could not be audited');
      }
    }
    return { kind: 'denied', reason, reply: reply === undefined ? undefined : { kind: 'text', text: reply }, ...(user ? { user } : {}) };
  };

  // Teams authenticates both the object id and the UPN of a sender: once seen together they are kept on the record, so an
  // administrator can no longer provision (and then lock) the same person under the other key in another unit.
  const learnIdentity = async (records: UserRecord[], turn: Turn): Promise<void> => {
    if (!deps.users.upsert) return;
    const aad = turn.user.aadObjectId?.trim() ? normalizeUserId(turn.user.aadObjectId) : undefined;
    const upn = turn.user.upn?.trim() ? normalizeUserId(turn.user.upn) : undefined;
    for (const r of records) {
      const learned = {
        aadObjectId: r.aadObjectId ?? (aad && aad !== r.id ? aad : undefined),
        upn: r.upn ?? (upn && upn !== r.id ? upn : undefined),
      };
      if (learned.aadObjectId === r.aadObjectId && learned.upn === r.upn) continue;
      await deps.users.upsert({ ...r, ...learned });
      if (records.length > 1) deps.logger?.warn({ records: records.map((u) => u.id) }, 'one person matches several account records: a system administrator should reconcile them');
    }
  };

  return async (turn) => {
    // Teams tenants are Teams' notion; other channels are admitted by their own webhook secret or signature.
    const teams = (turn.channel ?? 'teams') === 'teams';
    if (teams && !isAllowedTenant(turn.tenantId)) return deny(turn, 'tenant', undefined);

    const records = await findPerson(deps.users, [turn.user.aadObjectId, turn.user.upn]);
    await learnIdentity(records, turn);
    // A person may be provisioned under both the object id and the UPN: any refused record refuses the turn.
    const locked = records.find((u) => u.status === 'locked');
    if (locked) return deny(turn, 'locked', vi.access.locked, locked);
    const revoked = records.find((u) => u.status === 'revoked');
    if (revoked) return deny(turn, 'revoked', vi.access.revoked, revoked);
    if (records.length > 0) return { kind: 'allowed', user: records[0], provisioned: true };

    if (deps.config.mode === 'allowlist') return deny(turn, 'not_provisioned', teams ? vi.access.notProvisioned : vi.access.notLinked);
    const now = clock.now();
    return {
      kind: 'allowed',
      provisioned: false,
      user: { id: actorOf(turn), upn: turn.user.upn, name: turn.user.name ?? '', unit: vi.unknownUnit, role: 'user', status: 'active', createdAt: now, updatedAt: now },
    };
  };
}

/** The id a turn's user is known by: the Entra object id, else the UPN, else the channel id. */
export function actorOf(turn: Turn): string {
  const id = turn.user.aadObjectId ?? turn.user.upn;
  return id ? normalizeUserId(id) : turn.user.id;
}

