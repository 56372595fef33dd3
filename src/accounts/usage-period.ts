import { DAY_MS, vnDay, vnDayStart, vnNextDayStart } from './vn-time';

/** A reporting period [from, to) with the Vietnam days it spans, for display. */
export interface UsagePeriod {
  from: Date;
  to: Date;
  fromDay: string;
  toDay: string;
}

export const MAX_PERIOD_DAYS = 366;

/** Accepts YYYY-MM-DD, DD/MM/YYYY (Vietnam days) or a full ISO instant; returns the day form or the instant. */
function parseBound(input: string): { day: string } | { instant: Date } | undefined {
  const s = input.trim();
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (vn) return { day: `${vn[3]}-${vn[2].padStart(2, '0')}-${vn[1].padStart(2, '0')}` };
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return vnDayStart(s) ? { day: s } : undefined;
  if (/^\d{4}-\d{2}-\d{2}T/.test(s)) {
    const d = new Date(s);
    return Number.isNaN(d.getTime()) ? undefined : { instant: d };
  }
  return undefined;
}

/**
 * Resolves from/to (either may be absent) into a period: a day-only `to` includes that whole day;
 * no `from` means `defaultDays` days ending at `to` (or today). Undefined when malformed or reversed.
 */
export function resolvePeriod(q: { from?: string; to?: string }, now: Date, defaultDays = 7): UsagePeriod | undefined {
  const f = q.from ? parseBound(q.from) : undefined;
  const t = q.to ? parseBound(q.to) : undefined;
  if ((q.from && !f) || (q.to && !t)) return undefined;
  const to = !t ? vnNextDayStart(vnDay(now)) : 'day' in t ? vnNextDayStart(t.day) : t.instant;
  if (!to) return undefined;
  const from = !f ? new Date(to.getTime() - defaultDays * DAY_MS) : 'day' in f ? vnDayStart(f.day) : f.instant;
  if (!from || from.getTime() >= to.getTime() || to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS) return undefined;
  return { from, to, fromDay: vnDay(from), toDay: vnDay(new Date(to.getTime() - 1)) };
}
