import type { Role, UserRecord } from '../store/types';

/** Who performs an administrative action, however they authenticated (chat, per-person token, ADMIN_API_TOKEN). */
export interface Principal {
  /** Audit actor: the user id, or 'admin-api' for the deployment's ADMIN_API_TOKEN. */
  actor: string;
  role: Role;
  /** The principal's unit (absent for the deployment token). */
  unit?: string;
  /** How the action arrived, recorded in audit details. */
  via: 'chat' | 'api' | 'console';
}

/** The principal behind the deployment-wide ADMIN_API_TOKEN: a system administrator. */
export const ADMIN_API_PRINCIPAL: Principal = { actor: 'admin-api', role: 'system_admin', via: 'api' };

/** The principal of a provisioned person. */
export function principalOf(user: UserRecord, via: Principal['via']): Principal {
  return { actor: user.id, role: user.role, unit: user.unit, via };
}
