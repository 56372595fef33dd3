import { checkManage, readScope } from '../../../src/accounts/policy';
import type { Principal } from '../../../src/accounts/principal';
import { parseRole } from '../../../src/accounts/roles';
import { parseAccountCommand } from '../../../src/accounts/chat-commands';

const sys: Principal = { actor: 'admin-api', role: 'system_admin', via: 'api' };
const unitAdmin: Principal = { actor: 'u1', role: 'unit_admin', unit: 'Sở Nội vụ', via: 'api' };
const auditor: Principal = { actor: 'a1', role: 'auditor', unit: 'Thanh tra tỉnh', via: 'api' };
const user: Principal = { actor: 'p1', role: 'user', unit: 'Sở Nội vụ', via: 'chat' };
const own = { unit: 'Sở Nội vụ', role: 'user' as const };
const other = { unit: 'Sở Tài chính', role: 'user' as const };

describe('role rules', () => {
  it('lets a system administrator manage anyone', () => {
    expect(checkManage(sys, other, { unit: 'X', role: 'system_admin' })).toBeUndefined();
  });

  it('limits a unit administrator to their unit and to user/unit_admin roles', () => {
    expect(checkManage(unitAdmin, own)).toBeUndefined();
    expect(checkManage(unitAdmin, undefined, { unit: 'Sở Nội vụ', role: 'unit_admin' })).toBeUndefined();
    expect(checkManage(unitAdmin, other)).toMatchObject({ kind: 'forbidden', reason: 'other_unit' });
    // Moving someone of their unit to another unit is also out of scope.
    expect(checkManage(unitAdmin, own, other)).toMatchObject({ reason: 'other_unit' });
    expect(checkManage(unitAdmin, undefined, { unit: 'Sở Nội vụ', role: 'system_admin' })).toMatchObject({ reason: 'grant_role', role: 'system_admin' });
    expect(checkManage(unitAdmin, undefined, { unit: 'Sở Nội vụ', role: 'auditor' })).toMatchObject({ reason: 'grant_role' });
    expect(checkManage(unitAdmin, { unit: 'Sở Nội vụ', role: 'system_admin' })).toMatchObject({ reason: 'target_role' });
  });

  it('lets auditors and users change nothing', () => {
    expect(checkManage(auditor, own)).toMatchObject({ reason: 'role' });
    expect(checkManage(user, own)).toMatchObject({ reason: 'role' });
  });

  it('scopes reads: unit admins to their unit, auditors and system admins to any', () => {
    expect(readScope(unitAdmin, undefined)).toEqual({ unit: 'Sở Nội vụ' });
    expect(readScope(unitAdmin, 'Sở Tài chính')).toMatchObject({ kind: 'forbidden', reason: 'other_unit' });
    expect(readScope(auditor, undefined)).toEqual({ unit: undefined });
    expect(readScope(auditor, 'Sở Tài chính')).toEqual({ unit: 'Sở Tài chính' });
    expect(readScope(sys, undefined)).toEqual({ unit: undefined });
    expect(readScope(user, 'Sở Nội vụ')).toMatchObject({ reason: 'role' });
  });
});

describe('parsing of roles and sub-commands', () => {
  it('accepts Vietnamese and English role names and nothing inherited from Object', () => {
    expect(parseRole('Quản trị đơn vị')).toBe('unit_admin');
    expect(parseRole('giám sát')).toBe('auditor');
    expect(parseRole('SYSTEM_ADMIN')).toBe('system_admin');
    for (const bad of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(parseRole(bad)).toBeUndefined();
  });

  it('does not treat Object property names as sub-commands', () => {
    expect(parseAccountCommand('/taikhoan constructor x')).toEqual({ kind: 'unknown', word: 'constructor' });
    expect(parseAccountCommand('/taikhoan __proto__')).toEqual({ kind: 'unknown', word: '__proto__' });
  });
});
