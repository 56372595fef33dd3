import { timingSafeEqual } from 'node:crypto';
import type { UserRepository } from '../store/types';
import { hashToken, type ApiTokenRepository } from './api-tokens';
import { ADMIN_API_PRINCIPAL, principalOf, type Principal } from './principal';
import { isAdminRole } from './roles';

/** Who is calling the admin API, or why nobody is. */
export type PrincipalResolution =
  | { kind: 'ok'; principal: Principal }
  /** ADMIN_API_TOKEN is not configured: the whole admin API is refused. */
  | { kind: 'disabled' }
  | { kind: 'unauthorized' }
  /** A valid token of a person without an administrative role. */
  | { kind: 'forbidden' };

export interface PrincipalResolverDeps {
  /** Config.admin.token (ADMIN_API_TOKEN): acts as a system administrator. */
  adminToken?: string;
  /** Per-person tokens of unit administrators, auditors and system administrators. */
  tokens?: ApiTokenRepository;
  users: Pick<UserRepository, 'get'>;
}

/** Resolves an Authorization header; a person's record is read on every request, so revocation or demotion applies at once. */
export function createPrincipalResolver(deps: PrincipalResolverDeps) {
  const adminHash = deps.adminToken ? Buffer.from(hashToken(deps.adminToken), 'hex') : undefined;
  return async (authorization: string | undefined): Promise<PrincipalResolution> => {
    if (!adminHash) return { kind: 'disabled' };
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!m) return { kind: 'unauthorized' };
    const hash = hashToken(m[1]);
    // Compare digests in constant time so the deployment token cannot be guessed byte by byte.
    if (timingSafeEqual(Buffer.from(hash, 'hex'), adminHash)) return { kind: 'ok', principal: ADMIN_API_PRINCIPAL };
    const record = await deps.tokens?.findByHash(hash);
    if (!record) return { kind: 'unauthorized' };
    const user = await deps.users.get(record.userId);
    if (!user || user.status !== 'active') return { kind: 'unauthorized' };
    if (!isAdminRole(user.role)) return { kind: 'forbidden' };
    return { kind: 'ok', principal: principalOf(user, 'api') };
  };
}

export type PrincipalResolver = ReturnType<typeof createPrincipalResolver>;
