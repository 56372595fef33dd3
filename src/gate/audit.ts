import { createHash } from 'node:crypto';
import type { AuditSummary, Category, Decision, Level } from './types';
import type { Found } from './found';

/** Builds the audit-safe summary: categories, counts and salted hash prefixes, never the matched text. */
export function auditSummary(decision: Decision, level: Level, categories: Category[], found: Found[], salt: string): AuditSummary {
  const counts: Partial<Record<Category, number>> = {};
  const values = new Set<string>();
  for (const f of found) {
    counts[f.category] = (counts[f.category] ?? 0) + 1;
    values.add(`${f.kind}\u0000${f.value}`);
  }
  const hashes = [...values].map((v) => createHash('sha256').update(`${salt}\u0000${v}`).digest('hex').slice(0, 16));
  return { decision, level, categories, counts, hashes };
}
