import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { AnswerRepository } from '../store/types';
import type { AiAnswer, Turn } from './types';
import { personKeyOf } from './person-key';

export interface SentAnswer {
  turn: Turn;
  unit?: string;
  answer: AiAnswer;
  /** The id of the activity that carried the answer: feedback refers to it. */
  activityId: string;
}

/** Stores each sent AI answer under its activity id (question as the gate let it through, never raw redacted values). */
export function createAnswerRecorder(deps: { answers: AnswerRepository; clock: Clock; logger: Logger }) {
  return async ({ turn, unit, answer, activityId }: SentAnswer): Promise<void> => {
    try {
      await deps.answers.save({
        id: activityId,
        time: deps.clock.now(),
        userId: personKeyOf(turn),
        unit,
        tenantId: turn.tenantId,
        conversationId: turn.conversation.id,
        conversationType: turn.conversation.type,
        ...(turn.channel && turn.channel !== 'teams' ? { channel: turn.channel } : {}),
        feature: answer.draft.feature,
        question: answer.draft.question,
        // Placeholders, not the restored values: an answer record is read by administrators.
        answer: answer.recordText ?? answer.text,
        citations: answer.citations.map(({ articleId, label, url }) => ({ articleId, label, url })),
        answerer: answer.draft.answerer,
        latencyMs: answer.draft.latencyMs,
        gate: answer.draft.gate,
      });
    } catch (err) {
      deps.logger.error({ turnId: turn.id, err: (err as Error).message }, 'answer record failed');
    }
  };
}

export type AnswerRecorder = ReturnType<typeof createAnswerRecorder>;
