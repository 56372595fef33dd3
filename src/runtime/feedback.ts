import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { Gate } from '../gate/types';
import type { FeedbackRepository, Store } from '../store/types';
import type { AuditLog } from '../audit/audit-log';
import type { FeedbackSink } from '../bot/feedback-routes';
import { createRecordFeedback } from '../feedback';

/** Feedback from Teams goes through the gate (the comment) and the durable feedback repository. */
export function createFeedbackRecorder(deps: { store: Store; feedbackRepo: FeedbackRepository; gate: Gate; auditLog: AuditLog; clock: Clock; logger: Logger }): FeedbackSink {
  const record = createRecordFeedback({
    store: { answers: deps.store.answers, feedback: deps.feedbackRepo },
    gate: deps.gate,
    clock: deps.clock,
    logger: deps.logger,
    audit: { record: (e) => deps.auditLog.record(e) },
  });
  return (input) => record(input);
}
