import { z } from 'zod';

const DAY_MS = 24 * 3600 * 1000;
const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/** An optional query parameter where an empty value (`?reaction=`) means absent. */
export const optionalParam = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

// A date (YYYY-MM-DD, UTC) or an ISO date-time with offset.
const instant = z
  .string()
  .trim()
  .refine((s) => (dateOnly.test(s) || /^\d{4}-\d{2}-\d{2}T/.test(s)) && !Number.isNaN(Date.parse(s)), 'must be YYYY-MM-DD or an ISO 8601 date-time');

/** Fields shared by the export endpoints; combine with `toExportRange`. */
export const exportQueryShape = {
  format: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['csv', 'xlsx', 'json']).default('csv')),
  from: optionalParam(instant),
  to: optionalParam(instant),
};

/** [from, to) from the raw strings; `to` as a bare date includes that whole day. */
export function toExportRange(q: { from?: string; to?: string }): { from?: Date; to?: Date } {
  return {
    from: q.from ? new Date(q.from) : undefined,
    to: q.to ? new Date(Date.parse(q.to) + (dateOnly.test(q.to) ? DAY_MS : 0)) : undefined,
  };
}

/** Refinement: from before to. */
export const rangeIsOrdered = (q: { from?: string; to?: string }) => {
  const r = toExportRange(q);
  return !r.from || !r.to || r.from < r.to;
};

/** Turns zod issues into one line for the 400 body. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ');
}
