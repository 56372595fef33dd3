import { z } from 'zod';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UPN = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;

/** True when `id` looks like a UPN (user@domain) rather than an Entra object id. */
export function isUpn(id: string): boolean {
  return id.includes('@');
}

/** Canonical form of a user id: Entra object ids and UPNs are both case-insensitive, so lowercase. */
export function normalizeUserId(id: string): string {
  return id.trim().toLowerCase();
}

/** A user id as accepted from admins: an Entra object id (GUID) or a UPN; normalised to lowercase. */
export const userIdSchema = z
  .string()
  .trim()
  .min(1, 'id is required')
  .max(320)
  .refine((v) => GUID.test(v) || UPN.test(v), 'id must be an Entra object id (GUID) or a UPN (user@domain)')
  .transform(normalizeUserId);

/** Canonical unit name: Unicode NFC (Teams on macOS may send NFD) and single spaces, so one unit is one key. */
export function normalizeUnit(unit: string): string {
  return unit.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A unit name as accepted from admins, normalised. */
export const unitSchema = z.string().transform(normalizeUnit).pipe(z.string().min(1, 'unit is required').max(200));
