import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { Gate } from '../gate/types';
import type { Appeal, AppealRepository, ConversationType } from '../store/types';
import { MAX_APPEAL_COMMENT } from './appeal-action';
import type { RefusalMemory } from './refusals';

/** A person contesting one of their refusals. */
export interface AppealInput {
  /** The refusal (the button's data, or the latest refusal for the command); absent when there is none. */
  refusalId?: string;
  userId: string;
  conversationType: ConversationType;
  comment?: string;
  via: Appeal['via'];
  /** The person's unit when the access check knows it (the refusal's otherwise). */
  unit?: string;
}

export type AppealResult =
  | { kind: 'filed'; appeal: Appeal }
  /** No refusal of this person under that id: unknown, expired, someone else's, or already appealed. */
  | { kind: 'no_refusal' };

export interface FileAppealDeps {
  refusals: RefusalMemory;
  appeals: AppealRepository;
  gate: Gate;
  clock: Clock;
  logger: Logger;
}

/**
 * Files an appeal against a refusal: keeps the gate's appeal record (never the text of a level-4 message) and the
 * comment only as the gate lets it through, with every detected span replaced; a comment the gate refuses is dropped.
 * The appeal's id is the refusal's, so a button pressed twice files once. Auditing is the caller's (router or bot).
 */
export function createFileAppeal(deps: FileAppealDeps): (input: AppealInput) => Promise<AppealResult> {
  return async (input) => {
    const refusal = input.refusalId ? deps.refusals.get(input.refusalId, input.userId) : undefined;
    if (!input.refusalId || !refusal) return { kind: 'no_refusal' };
    const { comment, commentBlocked } = screenComment(deps, input.comment);
    const appeal: Appeal = {
      id: input.refusalId,
      time: deps.clock.now(),
      userId: input.userId,
      ...((input.unit ?? refusal.unit) ? { unit: input.unit ?? refusal.unit } : {}),
      conversationType: input.conversationType,
      via: input.via,
      blockedAt: refusal.time,
      feature: refusal.feature,
      zone: refusal.zone,
      gate: refusal.record,
      ...(comment ? { comment } : {}),
      ...(commentBlocked ? { commentBlocked } : {}),
      status: 'pending',
    };
    await deps.appeals.add(appeal);
    deps.refusals.forget(input.refusalId);
    deps.logger.info({ appealId: appeal.id, via: appeal.via, level: appeal.gate.level, categories: appeal.gate.categories, commentBlocked: !!commentBlocked }, 'appeal filed');
    return { kind: 'filed', appeal };
  };
}

function screenComment(deps: FileAppealDeps, raw: string | undefined): { comment?: string; commentBlocked?: boolean } {
  const text = raw?.trim().slice(0, MAX_APPEAL_COMMENT);
  if (!text) return {};
  try {
    const verdict = deps.gate.screen(text, { source: 'feedback' });
    if (verdict.decision === 'block') return { commentBlocked: true };
    return { comment: verdict.appealRecord().maskedText ?? undefined };
  } catch (e) {
    // Fail closed: a comment the gate could not screen is not kept.
    deps.logger.error({ err: (e as Error).message }, 'appeal comment could not be screened; not kept');
    return { commentBlocked: true };
  }
}

/** What the audit log records of a filed appeal: categories and flags, never text. */
export function appealAuditDetails(appeal: Appeal): Record<string, string | number | boolean> {
  return {
    appealId: appeal.id,
    via: appeal.via,
    level: appeal.gate.level,
    categories: appeal.gate.categories.join(','),
    hasComment: appeal.comment !== undefined,
    commentBlocked: appeal.commentBlocked === true,
  };
}
