import { adaptiveCard } from './adaptive-card';
import { messages } from '../../appeals/messages';
import { APPEAL_COMMENT_INPUT, APPEAL_VERB, MAX_APPEAL_COMMENT, type AppealActionData } from '../../appeals/appeal-action';

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
