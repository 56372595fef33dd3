import type { Role } from '../store/types';

/** The console's areas, in menu order. */
export const AREAS = ['usage', 'feedback', 'worklist', 'alerts', 'accounts', 'audit', 'appeals', 'documents', 'knowledge'] as const;
export type Area = (typeof AREAS)[number];

const ALL: Role[] = ['system_admin', 'unit_admin', 'auditor'];
const CENTRAL: Role[] = ['system_admin', 'auditor'];

/**
 * Which roles open which area. Inside an area the use cases apply the finer rules (a unit administrator's unit,
 * an auditor's read-only access); this table only keeps whole pages from roles that have nothing to do there.
 */
export const AREA_ROLES: Record<Area, readonly Role[]> = {
  usage: ALL, feedback: ALL, alerts: ALL, accounts: ALL,
  worklist: CENTRAL, audit: CENTRAL, appeals: CENTRAL, documents: CENTRAL, knowledge: CENTRAL,
};

/** Exports (feedback, audit) are for system administrators and auditors, as in the admin API. */
export const EXPORT_ROLES: readonly Role[] = CENTRAL;

export const canOpen = (role: Role, area: Area) => AREA_ROLES[area].includes(role);
