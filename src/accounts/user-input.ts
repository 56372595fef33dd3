import { z } from 'zod';
import type { Role } from '../store/types';
import { unitSchema, userIdSchema } from './identity';
import { parseRole } from './roles';

const roleSchema = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx): Role => {
    if (!v) return 'user';
    const role = parseRole(v);
    if (!role) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `unknown role "${v}" (user|unit_admin|auditor|system_admin, or nguoidung|quantridonvi|giamsat|quantrihethong)` });
      return z.NEVER;
    }
    return role;
  });

/** An account as an administrator provisions it (API body, CSV row or chat command); role defaults to 'user'. */
export const newUserSchema = z
  .object({
    id: userIdSchema,
    name: z.string().transform((v) => v.normalize('NFC').replace(/\s+/g, ' ').trim()).pipe(z.string().min(1, 'name is required').max(200)),
    unit: unitSchema,
    role: roleSchema,
    /** Optional UPN beside an object id, so the person is also found by UPN. */
    upn: userIdSchema.optional(),
  })
  .strict();

export type NewUser = z.output<typeof newUserSchema>;

/** One line per zod issue ("name: name is required"), for API errors and CSV row reports. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}
