import { toAnswerActivity } from '../bot/replies/ai-answer-activity';
import { streamAnswer } from '../bot/replies/stream-answer';

/** How AI answers are shown in Teams: the rendered activity, and streaming in 1:1 chats. */
export function createBotPresentation() {
  return { renderAnswer: toAnswerActivity, streamAnswer };
}
