import type { UserRecord, UserRepository } from '../store/types';
import { normalizeUserId } from './identity';

/**
 * Every account record of one person: those matching any key (id, UPN or learned Entra object id), then those matching
 * the ids and UPNs of the records found (one hop), so a person provisioned once by object id and once by UPN is one person.
 */
export async function findPerson(users: Pick<UserRepository, 'get' | 'findAll'>, keys: (string | undefined)[]): Promise<UserRecord[]> {
  const wanted = [...new Set(keys.filter((k): k is string => Boolean(k && k.trim())).map(normalizeUserId))];
  if (wanted.length === 0) return [];
  if (!users.findAll) {
    const found = await Promise.all(wanted.map((k) => users.get(k)));
    return dedupe(found.filter((u): u is UserRecord => Boolean(u)));
  }
  const first = await users.findAll(wanted);
  const more = first.flatMap((u) => [u.id, u.upn, u.aadObjectId]).filter((k): k is string => Boolean(k)).map(normalizeUserId);
  const extra = more.filter((k) => !wanted.includes(k));
  return extra.length ? dedupe([...first, ...(await users.findAll([...wanted, ...extra]))]) : dedupe(first);
}

function dedupe(records: UserRecord[]): UserRecord[] {
  const byId = new Map<string, UserRecord>();
  for (const r of records) if (!byId.has(r.id)) byId.set(r.id, r);
  return [...byId.values()];
}
