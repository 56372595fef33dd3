import type { Refusal } from '../accounts/policy';
import type { Principal } from '../accounts/principal';

/**
 * What the console needs of the gate appeals' review use case (built on another branch): an appeal as that use case
 * keeps it (the text masked, none at all for level 4) and its list/decide operations. Declared here by shape only, so
 * the console does not depend on that code: the lead passes `createAppealReview(…)` as ConsoleDeps.appeals when merging.
 */
export interface ConsoleAppeal {
  id: string;
  time: Date;
  userId: string;
  unit?: string;
  feature: string;
  blockedAt: Date;
  gate: { level: number; categories: string[]; maskedText: string | null };
  comment?: string;
  commentBlocked?: boolean;
  status: 'pending' | 'accepted' | 'rejected';
  review?: { decision: 'accepted' | 'rejected'; note?: string; by: string; at: Date };
}

export type AppealDecision = { decision: 'accepted' | 'rejected'; note?: string };

export interface ConsoleAppeals {
  list(p: Principal, query: { status?: ConsoleAppeal['status']; from?: Date; to?: Date }): Promise<{ kind: 'ok'; appeals: ConsoleAppeal[] } | Refusal>;
  decide(p: Principal, id: string, input: AppealDecision): Promise<
    { kind: 'decided'; appeal: ConsoleAppeal } | { kind: 'not_found'; id: string } | { kind: 'already_decided'; appeal: ConsoleAppeal } | { kind: 'note_blocked' } | Refusal
  >;
}
