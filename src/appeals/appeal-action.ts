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
