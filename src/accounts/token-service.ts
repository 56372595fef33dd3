import type { Clock } from '../core/clock';
import type { UserRecord, UserRepository } from '../store/types';
import { newToken, hashToken, type ApiTokenRepository } from './api-tokens';
import { recordAdmin, type AuditRecorder } from './audit-recorder';
import { normalizeUserId } from './identity';
import type { Principal } from './principal';
import { isAdminRole } from './roles';

export type TokenResult =
  | { kind: 'issued'; token: string; user: UserRecord }
  | { kind: 'revoked'; existed: boolean; userId: string }
  | { kind: 'forbidden'; reason: 'role' }
  | { kind: 'not_found'; id: string }
  /** Only active administrators, unit administrators and auditors get API tokens. */
  | { kind: 'not_eligible'; id: string };

/** Issues and revokes per-person admin API tokens; system administrators only; the token is shown once. */
export function createTokenService(deps: { users: UserRepository; tokens: ApiTokenRepository; audit: AuditRecorder; clock: Clock }) {
  const { users, tokens, audit, clock } = deps;

  async function issue(p: Principal, userId: string): Promise<TokenResult> {
    const id = normalizeUserId(userId);
    if (p.role !== 'system_admin') {
      await recordAdmin(audit, clock, p, { action: 'token.issue', target: id, outcome: 'forbidden' });
      return { kind: 'forbidden', reason: 'role' };
    }
    const user = await users.get(id);
    if (!user) {
      await recordAdmin(audit, clock, p, { action: 'token.issue', target: id, outcome: 'not_found' });
      return { kind: 'not_found', id };
    }
    if (user.status !== 'active' || !isAdminRole(user.role)) {
      await recordAdmin(audit, clock, p, { action: 'token.issue', target: user.id, unit: user.unit, outcome: 'not_eligible' });
      return { kind: 'not_eligible', id: user.id };
    }
    const token = newToken();
    await tokens.replace({ userId: user.id, tokenHash: hashToken(token), createdAt: clock.now(), createdBy: p.actor });
    await recordAdmin(audit, clock, p, { action: 'token.issue', target: user.id, unit: user.unit, role: user.role, outcome: 'ok' });
    return { kind: 'issued', token, user };
  }

  async function revoke(p: Principal, userId: string): Promise<TokenResult> {
    const id = normalizeUserId(userId);
    if (p.role !== 'system_admin') {
      await recordAdmin(audit, clock, p, { action: 'token.revoke', target: id, outcome: 'forbidden' });
      return { kind: 'forbidden', reason: 'role' };
    }
    const user = await users.get(id);
    const existed = await tokens.revoke(user?.id ?? id);
    await recordAdmin(audit, clock, p, { action: 'token.revoke', target: user?.id ?? id, unit: user?.unit, outcome: existed ? 'ok' : 'unchanged' });
    return { kind: 'revoked', existed, userId: user?.id ?? id };
  }

  return { issue, revoke };
}

export type TokenService = ReturnType<typeof createTokenService>;
