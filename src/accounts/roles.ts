import type { Role } from '../store/types';
import { foldDiacritics as foldVietnamese } from '../core/vietnamese';

export const ROLES: readonly Role[] = ['user', 'unit_admin', 'auditor', 'system_admin'];

// Accepted spellings (folded, without spaces, '_' or '-') so admins can type roles in Vietnamese or English.
const ALIASES = new Map<string, Role>(Object.entries({
  user: 'user', nguoidung: 'user', canbo: 'user', congchuc: 'user',
  unitadmin: 'unit_admin', quantridonvi: 'unit_admin', quantrivien: 'unit_admin', qtdv: 'unit_admin',
  auditor: 'auditor', giamsat: 'auditor', kiemtoan: 'auditor', kiemtra: 'auditor',
  systemadmin: 'system_admin', quantrihethong: 'system_admin', qtht: 'system_admin',
}) as [string, Role][]);

/** Maps a role as typed (e.g. "quản trị đơn vị", "unit_admin") to a Role; undefined when unknown. */
export function parseRole(input: string): Role | undefined {
  return ALIASES.get(foldVietnamese(input).replace(/[\s_-]+/g, ''));
}

/** True for roles that may use administrative functions (read or write). */
export function isAdminRole(role: Role): boolean {
  return role !== 'user';
}
