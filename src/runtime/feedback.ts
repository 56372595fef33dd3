import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { Gate } from '../gate/types';
import type { FeedbackRepository, Store } from '../store/types';
import type { AuditLog } from '../audit/audit-log';
import type { CitationVerdictSink, FeedbackSink } from '../bot/feedback-routes';
import type { AccessCheck } from '../turns/route-turn';
import { createRecordCitationVerdicts, createRecordFeedback, type FeedbackActor } from '../feedback';

/**
 * Feedback from Teams: the same access check as a message (a revoked person or another tenant leaves nothing),
 * the gate on the comment, and the durable feedback repository.
 */
type RecorderDeps = { store: Store; feedbackRepo: FeedbackRepository; gate: Gate; auditLog: AuditLog; access: AccessCheck; clock: Clock; logger: Logger };

/** The access check of a message turn, asked for a person rating an answer. */
function authorizer(deps: RecorderDeps) {
  return async (actor: FeedbackActor) => {
    const decision = await deps.access({
      id: randomUUID(),
      user: { id: actor.userId, aadObjectId: actor.userId, upn: actor.upn },
      tenantId: actor.tenantId,
      channel: actor.channel,
      conversation: { id: '', type: actor.conversationType ?? 'personal' },
      text: '',
      attachments: [],
    });
    return decision.kind === 'allowed' ? { allowed: true as const, unit: decision.user?.unit } : { allowed: false as const, reason: decision.reason };
  };
}

export function createFeedbackRecorder(deps: RecorderDeps): FeedbackSink {
  const authorize = authorizer(deps);
  const record = createRecordFeedback({
    store: { answers: deps.store.answers, feedback: deps.feedbackRepo },
    gate: deps.gate,
    clock: deps.clock,
    logger: deps.logger,
    audit: { record: (e) => deps.auditLog.record(e) },
    authorize,
  });
  return (input) => record(input);
}

/** The per-citation follow-up of a dislike: the same access check, written to the feedback record itself. */
export function createCitationVerdictRecorder(deps: RecorderDeps): CitationVerdictSink {
  const record = createRecordCitationVerdicts({
    store: { answers: deps.store.answers, feedback: deps.feedbackRepo },
    clock: deps.clock,
    logger: deps.logger,
    audit: { record: (e) => deps.auditLog.record(e) },
    authorize: authorizer(deps),
  });
  return (input) => record(input);
}
