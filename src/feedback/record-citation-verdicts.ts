import { z } from 'zod';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { AnswerRepository, AuditEventInput, CitationVerdict, FeedbackRepository } from '../store/types';
import type { FeedbackActor } from './record-feedback';

export type RecordCitationVerdictsResult =
  | { kind: 'recorded'; judged: number }
  /** Malformed input, or no verdict given: nothing stored. */
  | { kind: 'invalid'; issues: string }
  /** The access check refused the person, or the feedback is someone else's: nothing stored. */
  | { kind: 'denied'; reason: string }
  /** No such feedback (purged, or still waiting in the outbox), or its answer is gone. */
  | { kind: 'unknown' }
  /** The store could not be reached: nothing stored, the person may try again. */
  | { kind: 'unavailable' };

const VERDICTS = ['right', 'wrong', 'outdated'] as const;

/** What a channel's follow-up sends: the dislike's id, the person, and a verdict per citation number. */
export const citationVerdictsInputSchema = z.object({
  feedbackId: z.string().trim().min(1).max(200),
  userId: z.string().trim().min(1).max(256),
  upn: z.string().trim().min(1).max(320).optional(),
  tenantId: z.string().max(256).optional(),
  conversationType: z.enum(['personal', 'groupChat', 'channel']).optional(),
  /** Citation number [n] → verdict; citations left unanswered are not judged. */
  verdicts: z.record(z.string().regex(/^\d{1,2}$/), z.enum(VERDICTS)),
});

export interface RecordCitationVerdictsDeps {
  store: { answers: AnswerRepository; feedback: FeedbackRepository };
  clock: Clock;
  logger: Logger;
  audit?: { record(event: AuditEventInput): Promise<unknown> };
  authorize?: (actor: FeedbackActor) => Promise<{ allowed: true; unit?: string } | { allowed: false; reason: string }>;
}

/**
 * Records which cited articles of a disliked answer were wrong or outdated (the legal team's worklist fixes a source
 * once): only the person who gave the dislike, only citations the answer had, the labels as the answer cited them.
 */
export function createRecordCitationVerdicts(deps: RecordCitationVerdictsDeps): (input: unknown) => Promise<RecordCitationVerdictsResult> {
  return async (input) => {
    const parsed = citationVerdictsInputSchema.safeParse(input);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
      deps.logger.warn({ issues }, 'citation verdicts rejected: invalid input');
      return { kind: 'invalid', issues };
    }
    const v = parsed.data;
    const access = deps.authorize ? await deps.authorize({ userId: v.userId, upn: v.upn, tenantId: v.tenantId, conversationType: v.conversationType }) : undefined;
    if (access && !access.allowed) return { kind: 'denied', reason: access.reason };
    if (!deps.store.feedback.get || !deps.store.feedback.setCitationVerdicts) return { kind: 'unavailable' };
    try {
      const feedback = await deps.store.feedback.get(v.feedbackId);
      if (!feedback) return { kind: 'unknown' };
      if (feedback.userId !== v.userId || feedback.reaction !== 'dislike') return { kind: 'denied', reason: 'not_own_dislike' };
      const answer = await deps.store.answers.get(feedback.answerId);
      if (!answer) return { kind: 'unknown' };
      const verdicts: CitationVerdict[] = [];
      for (const [n, verdict] of Object.entries(v.verdicts)) {
        const c = answer.citations[Number(n) - 1];
        if (c) verdicts.push({ position: Number(n), articleId: c.articleId, label: c.label, verdict });
      }
      if (verdicts.length === 0) return { kind: 'invalid', issues: 'verdicts: no citation of the answer was judged' };
      verdicts.sort((a, b) => a.position - b.position);
      if (!(await deps.store.feedback.setCitationVerdicts(feedback.id, verdicts))) return { kind: 'unknown' };
      const count = (k: CitationVerdict['verdict']) => verdicts.filter((x) => x.verdict === k).length;
      deps.logger.info({ feedbackId: feedback.id, judged: verdicts.length }, 'citation verdicts recorded');
      await deps.audit?.record({
        time: deps.clock.now(), type: 'turn', actor: v.userId, unit: feedback.unit, conversationType: feedback.conversationType, feature: 'feedback',
        outcome: 'citation_verdicts', details: { feedbackId: feedback.id, wrong: count('wrong'), outdated: count('outdated'), right: count('right') },
      }).catch((e: Error) => deps.logger.error({ err: e.message }, 'citation verdicts audit write failed'));
      return { kind: 'recorded', judged: verdicts.length };
    } catch (e) {
      deps.logger.warn({ err: (e as Error).message }, 'citation verdicts: store unavailable');
      return { kind: 'unavailable' };
    }
  };
}
