import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { AuditLog } from '../audit/audit-log';
import type { AppealSink } from '../bot/appeal-routes';
import type { AccessCheck } from '../turns/route-turn';
import { appealReplyText } from '../appeals/appeal-feature';
import { appealAuditDetails, type AppealInput, type AppealResult } from '../appeals/file-appeal';
import { messages } from '../appeals/messages';

/**
 * Appeals from Teams' card button: the same access check as a message (a revoked person files nothing), the appeal use
 * case, and one audit event (the command path is audited by the turn router instead).
 */
export function createAppealSink(deps: { fileAppeal: (input: AppealInput) => Promise<AppealResult>; access: AccessCheck; auditLog: AuditLog; clock: Clock; logger: Logger }): AppealSink {
  return async (input) => {
    const conversation = { id: input.conversationId, type: input.conversationType };
    const access = await deps.access({ id: randomUUID(), user: { id: input.userId, aadObjectId: input.userId }, tenantId: input.tenantId, conversation, text: '', attachments: [] });
    const result = access.kind === 'allowed'
      ? await deps.fileAppeal({ refusalId: input.refusalId, userId: input.userId, conversationType: input.conversationType, comment: input.comment, via: 'card', unit: access.user?.unit })
      : undefined;
    try {
      await deps.auditLog.record({
        time: deps.clock.now(), type: 'turn', actor: input.userId, unit: result?.kind === 'filed' ? result.appeal.unit : access.user?.unit,
        conversationType: input.conversationType, feature: 'appeal',
        outcome: !result ? 'denied' : result.kind,
        details: !result ? { reason: access.kind === 'denied' ? access.reason : null, via: 'card' } : result.kind === 'filed' ? appealAuditDetails(result.appeal) : { via: 'card' },
      });
    } catch (err) {
      deps.logger.error({ err: (err as Error).message }, 'appeal audit write failed');
    }
    return result ? appealReplyText(result) : messages.denied;
  };
}
