import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { Gate } from '../gate/types';
import type { FeedbackRepository, Store } from '../store/types';
import type { AuditLog } from '../audit/audit-log';
import type { FeedbackSink } from '../bot/feedback-routes';
import type { AccessCheck } from '../turns/route-turn';
import { createRecordFeedback, type FeedbackActor } from '../feedback';

/**
 * Feedback from Teams: the same access check as a message (a revoked person or another tenant leaves nothing),
 * the gate on the comment, and the durable feedback repository.
 */
export function createFeedbackRecorder(deps: { store: Store; feedbackRepo: FeedbackRepository; gate: Gate; auditLog: AuditLog; access: AccessCheck; clock: Clock; logger: Logger }): FeedbackSink {
  const authorize = async (actor: FeedbackActor) => {
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
