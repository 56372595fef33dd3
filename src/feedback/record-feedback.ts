import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { AuditSummary, Gate } from '../gate/types';
import type { AnswerRecord, AnswerRepository, AuditEventInput, FeedbackRecord, FeedbackRepository } from '../store/types';
import { feedbackInputSchema } from './feedback-input';
import type { ChannelName } from '../turns/channel';

export type RecordFeedbackResult =
  /** Stored. `answerKnown` is false when no answer record has that id (still stored: see below). */
  | {
      kind: 'recorded'; id: string; answerKnown: boolean; commentBlocked: boolean;
      /** A dislike of an answer that cited articles: its citations, so the channel can ask which one was wrong. */
      citations?: { position: number; label: string }[];
    }
  /** Malformed input: nothing stored. */
  | { kind: 'invalid'; issues: string }
  /** `authorize` refused the person (revoked, locked, another tenant): nothing stored. */
  | { kind: 'denied'; reason: string };

/** Who is giving feedback, for the access check. */
export interface FeedbackActor {
  userId: string;
  /** Where known (allowlist deployments): people provisioned by UPN are recognised by it. */
  upn?: string;
  tenantId?: string;
  conversationType?: 'personal' | 'groupChat' | 'channel';
  channel?: ChannelName;
}

export interface RecordFeedbackDeps {
  /** `feedback` should be the durable (outbox) repository in production. */
  store: { answers: AnswerRepository; feedback: FeedbackRepository };
  gate: Gate;
  clock: Clock;
  logger: Logger;
  /** Where the feedback's audit event goes (the audit log); optional in tests. */
  audit?: { record(event: AuditEventInput): Promise<unknown> };
  newId?: () => string;
  /** The access check (the same rules as a message turn); without it every valid feedback is stored. */
  authorize?: (actor: FeedbackActor) => Promise<{ allowed: true; unit?: string } | { allowed: false; reason: string }>;
}

/**
 * Records a like/dislike on an answer. The comment is screened by the gate first: blocked → only the reaction is stored
 * (`commentBlocked`), redacted → the redacted text. Feedback on an unknown answer id is stored anyway (the answer record
 * may have been purged or lost to an outage, and the reaction is still worth having); the result says so.
 */
export function createRecordFeedback(deps: RecordFeedbackDeps): (input: unknown) => Promise<RecordFeedbackResult> {
  const newId = deps.newId ?? randomUUID;
  return async (input) => {
    const parsed = feedbackInputSchema.safeParse(input);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
      deps.logger.warn({ issues }, 'feedback rejected: invalid input');
      return { kind: 'invalid', issues };
    }
    const f = parsed.data;
    // Checked before the gate and the store: a refused person leaves nothing behind.
    const access = deps.authorize ? await deps.authorize({ userId: f.userId, upn: f.upn, tenantId: f.tenantId, conversationType: f.conversationType, channel: f.channel }) : undefined;
    if (access && !access.allowed) {
      deps.logger.info({ reason: access.reason }, 'feedback refused by the access check');
      return { kind: 'denied', reason: access.reason };
    }
    let comment: string | undefined;
    let commentBlocked = false;
    let gateSummary: AuditSummary | undefined;
    if (f.comment) {
      try {
        const verdict = deps.gate.screen(f.comment, { source: 'feedback' });
        gateSummary = verdict.audit;
        if (verdict.decision === 'block') commentBlocked = true;
        else comment = verdict.text;
      } catch (e) {
        // Fail closed: a comment the gate could not screen is not stored.
        commentBlocked = true;
        deps.logger.error({ err: (e as Error).message }, 'feedback comment could not be screened; not stored');
      }
    }
    let answer: AnswerRecord | undefined;
    try {
      answer = await deps.store.answers.get(f.answerId);
    } catch (e) {
      deps.logger.warn({ err: (e as Error).message }, 'feedback: answer lookup failed; storing without it');
    }
    const record: FeedbackRecord = {
      id: newId(),
      time: deps.clock.now(),
      answerId: f.answerId,
      userId: f.userId,
      unit: answer?.unit ?? (access?.allowed ? access.unit : undefined),
      conversationType: f.conversationType ?? answer?.conversationType,
      ...(f.channel && f.channel !== 'teams' ? { channel: f.channel } : {}),
      reaction: f.reaction,
      ...(comment !== undefined ? { comment } : {}),
      ...(commentBlocked ? { commentBlocked } : {}),
    };
    await deps.store.feedback.add(record);
    deps.logger.info({ feedbackId: record.id, reaction: record.reaction, answerKnown: !!answer, commentBlocked, hasComment: comment !== undefined }, 'feedback recorded');
    try {
      await deps.audit?.record({
        time: record.time, type: 'turn', actor: f.userId, unit: record.unit, conversationType: record.conversationType, feature: 'feedback',
        gate: gateSummary, outcome: commentBlocked ? 'recorded_comment_blocked' : 'recorded',
        details: { reaction: f.reaction, answerKnown: !!answer, hasComment: comment !== undefined, ...(record.channel ? { channel: record.channel } : {}) },
      });
    } catch (e) {
      deps.logger.error({ err: (e as Error).message }, 'feedback audit write failed');
    }
    const cited = f.reaction === 'dislike' && answer && answer.citations.length > 0 ? answer.citations.map((c, i) => ({ position: i + 1, label: c.label })) : undefined;
    return { kind: 'recorded', id: record.id, answerKnown: !!answer, commentBlocked, ...(cited ? { citations: cited } : {}) };
  };
}

export type RecordFeedback = ReturnType<typeof createRecordFeedback>;
