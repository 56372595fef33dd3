import type { AuditEvent } from '../store/types';
import { vi } from './messages';
import { vnDay } from './vn-time';

/** Counts for one unit on one Vietnam calendar day. */
export interface UsageCounts {
  /** Q&A turns (feature 'qa') that the gate let through. */
  questions: number;
  /** Meeting-summary turns (feature 'meeting') that the gate let through. */
  summaries: number;
  /** Events the gate blocked (each counted once, whatever its categories). */
  blocked: number;
  /** Blocked events per gate category (an event with two categories counts in both). */
  blockedByCategory: Record<string, number>;
  likes: number;
  dislikes: number;
  /** Distinct people with at least one turn. */
  activeUsers: number;
}

export interface UsageRow extends UsageCounts {
  day: string;
  unit: string;
}

export interface UsageReport {
  from: Date;
  to: Date;
  unit?: string;
  /** Sorted by day, then unit. */
  rows: UsageRow[];
  totals: UsageCounts;
}

const emptyCounts = (): UsageCounts => ({ questions: 0, summaries: 0, blocked: 0, blockedByCategory: {}, likes: 0, dislikes: 0, activeUsers: 0 });

/** Aggregates audit events into per-unit, per-day usage; never reads message text (audit events hold none). */
export async function computeUsage(events: AsyncIterable<AuditEvent>, opts: { from: Date; to: Date; unit?: string }): Promise<UsageReport> {
  const rows = new Map<string, UsageRow>();
  const actors = new Map<string, Set<string>>();
  for await (const e of events) {
    const time = new Date(e.time);
    // Repositories already filter; checked again so a lenient repository cannot widen a unit admin's view.
    if (time < opts.from || time >= opts.to) continue;
    const unit = e.unit ?? vi.unknownUnit;
    if (opts.unit !== undefined && unit !== opts.unit) continue;
    const blocked = e.gate?.decision === 'block';
    const isTurn = e.type === 'turn';
    const reaction = e.feature === 'feedback' ? e.details?.reaction : undefined;
    if (!isTurn && !blocked && reaction === undefined) continue;
    // A refused turn (revoked, locked, other tenant) counts in no column: it must not add an empty row either.
    if (isTurn && e.outcome === 'denied' && !blocked) continue;

    const day = vnDay(time);
    const key = `${day}\u0000${unit}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { day, unit, ...emptyCounts() }));
    if (isTurn && !blocked && e.feature === 'qa') row.questions++;
    if (isTurn && !blocked && e.feature === 'meeting') row.summaries++;
    if (blocked) {
      row.blocked++;
      for (const c of e.gate?.categories ?? []) row.blockedByCategory[c] = (row.blockedByCategory[c] ?? 0) + 1;
    }
    if (reaction === 'like') row.likes++;
    if (reaction === 'dislike') row.dislikes++;
    // Refused turns (revoked, locked, other tenant) are attempts, not use.
    if (isTurn && e.outcome !== 'denied') {
      const seen = actors.get(key) ?? new Set<string>();
      seen.add(e.actor);
      actors.set(key, seen);
      row.activeUsers = seen.size;
    }
  }
  const sorted = [...rows.values()].sort((a, b) => a.day.localeCompare(b.day) || a.unit.localeCompare(b.unit, 'vi'));
  return { from: opts.from, to: opts.to, unit: opts.unit, rows: sorted, totals: sumRows(sorted, actors) };
}

function sumRows(rows: UsageRow[], actors: Map<string, Set<string>>): UsageCounts {
  const t = emptyCounts();
  for (const r of rows) {
    t.questions += r.questions;
    t.summaries += r.summaries;
    t.blocked += r.blocked;
    t.likes += r.likes;
    t.dislikes += r.dislikes;
    for (const [c, n] of Object.entries(r.blockedByCategory)) t.blockedByCategory[c] = (t.blockedByCategory[c] ?? 0) + n;
  }
  // Active users over the period are distinct people (and unit), not a sum of daily counts.
  const all = new Set<string>();
  for (const [key, set] of actors) for (const a of set) all.add(`${key.split('\u0000')[1]}\u0000${a}`);
  t.activeUsers = all.size;
  return t;
}
