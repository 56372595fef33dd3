import { adaptiveCard } from '../turns/adaptive-card';
import { messages } from './messages';

/** The Action.Execute verb of the appeal button (the bot's invoke handler listens for it). */
export const APPEAL_VERB = 'appeal';
/** The id of the card's comment input (Teams merges inputs into the action's data). */
export const APPEAL_COMMENT_INPUT = 'comment';
export const MAX_APPEAL_COMMENT = 2000;

/** The data the appeal button sends back (with the comment typed in the card). */
export interface AppealActionData {
  refusalId: string;
  comment?: string;
}

/** The card under a refusal: an optional comment and the "Khiếu nại" button (a Universal Action, answered in place). */
export function appealCard(refusalId: string): Record<string, unknown> {
  return adaptiveCard(
    [
      { type: 'TextBlock', text: messages.cardTitle, wrap: true, weight: 'Bolder', size: 'Small' },
      { type: 'Input.Text', id: APPEAL_COMMENT_INPUT, placeholder: messages.commentPlaceholder, isMultiline: true, maxLength: MAX_APPEAL_COMMENT },
    ],
    [{ type: 'Action.Execute', verb: APPEAL_VERB, title: messages.button, data: { refusalId } satisfies AppealActionData }],
  );
}

/** The card that replaces the appeal card once the button was pressed: what happened, no button. */
export function appealAnswerCard(text: string): Record<string, unknown> {
  return adaptiveCard([{ type: 'TextBlock', text, wrap: true }]);
}
