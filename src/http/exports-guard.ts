import { Router } from 'express';
import { createAdminPrincipal, requireRole, type PrincipalResolverDeps } from './admin-principal';

/** Exports (feedback, audit) are for system administrators and auditors: ADMIN_API_TOKEN or a per-person token. */
export function createExportsGuard(deps: PrincipalResolverDeps): Router {
  return Router().use(['/admin/feedback', '/admin/audit'], createAdminPrincipal(deps), requireRole('system_admin', 'auditor'));
}
