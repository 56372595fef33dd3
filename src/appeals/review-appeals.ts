import type { Clock } from '../core/clock';
import type { Gate } from '../gate/types';
import type { Principal } from '../accounts/principal';
import type { Refusal } from '../accounts/policy';
import { recordAdmin, type AuditRecorder } from '../accounts/audit-recorder';
import type { Appeal, AppealQuery, AppealRepository, AppealReview } from '../store/types';

/** An administrator's decision, as the API receives it. */
export interface AppealDecisionInput {
  decision: AppealReview['decision'];
  note?: string;
}

export type DecideResult =
  | { kind: 'decided'; appeal: Appeal }
  | { kind: 'not_found'; id: string }
  | { kind: 'already_decided'; appeal: Appeal }
  /** The gate refused the note itself (it is not stored; the appeal stays pending). */
  | { kind: 'note_blocked' }
  | Refusal;

const READERS = new Set<Principal['role']>(['system_admin', 'auditor']);
const forbidden: Refusal = { kind: 'forbidden', reason: 'role' };

/**
 * The administrators' review of appeals: system administrators and auditors list them, system administrators decide.
 * Reads and decisions are audited. An accepted appeal changes nothing by itself: it reaches the gate corpus only
 * through the reviewed export (npm run gate:appeals-export, policy/corpus/WRITING.md).
 */
export function createAppealReview(deps: { appeals: AppealRepository; gate: Gate; audit: AuditRecorder; clock: Clock }) {
  return {
    async list(p: Principal, query: AppealQuery): Promise<{ kind: 'ok'; appeals: Appeal[] } | Refusal> {
      if (!READERS.has(p.role)) return forbidden;
      const appeals = await deps.appeals.list(query);
      await recordAdmin(deps.audit, deps.clock, p, { action: 'appeals_list', outcome: 'ok', details: { count: appeals.length, status: query.status ?? null } });
      return { kind: 'ok', appeals };
    },

    async decide(p: Principal, id: string, input: AppealDecisionInput): Promise<DecideResult> {
      if (p.role !== 'system_admin') return forbidden;
      const existing = await deps.appeals.get(id);
      if (!existing) return { kind: 'not_found', id };
      if (existing.status !== 'pending') return { kind: 'already_decided', appeal: existing };
      let note: string | undefined;
      if (input.note?.trim()) {
        // The note is stored beside the appeal: it passes the gate like any text, identifiers replaced.
        const verdict = deps.gate.screen(input.note.trim(), { source: 'feedback' });
        if (verdict.decision === 'block') return { kind: 'note_blocked' };
        note = verdict.appealRecord().maskedText ?? undefined;
      }
      const review: AppealReview = { decision: input.decision, ...(note ? { note } : {}), by: p.actor, at: deps.clock.now() };
      const decided = await deps.appeals.review(id, review);
      // Another administrator decided in between: theirs stands.
      if (!decided) return { kind: 'already_decided', appeal: (await deps.appeals.get(id)) ?? existing };
      await recordAdmin(deps.audit, deps.clock, p, {
        action: 'appeal_decision', target: id, unit: decided.unit, outcome: input.decision,
        details: { level: decided.gate.level, categories: decided.gate.categories.join(','), hasNote: note !== undefined },
      });
      return { kind: 'decided', appeal: decided };
    },
  };
}

export type AppealReviewService = ReturnType<typeof createAppealReview>;
