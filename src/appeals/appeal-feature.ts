import type { FeatureHandler } from '../turns/feature';
import type { Turn, TurnResult } from '../turns/types';
import { appealAuditDetails, type AppealInput, type AppealResult } from './file-appeal';
import { fill, messages } from './messages';
import type { RefusalMemory } from './refusals';

// "/khieunai …" always; the bare words "khiếu nại" (alone, or before ":" or "-" and a comment) only right after a
// refusal, so a legal question about complaints ("khiếu nại quyết định hành chính thế nào?") stays a question.
const COMMAND = /^\s*\/khi[eêế]u\s?n[aạ]i(?=$|[\s:\-–])[\s:\-–]*/iu;
const WORDS = /^\s*khi[eêế]u\s+n[aạ]i(?:[\s.!]*$|\s*[:\-–]\s*)/iu;

const actorOf = (turn: Turn) => turn.user.aadObjectId ?? turn.user.id;

/** The reply to an appeal, for the person (in chat or in place of the card). */
export function appealReplyText(result: AppealResult): string {
  if (result.kind === 'no_refusal') return messages.noRefusal;
  const filed = fill(messages.filed, { ref: result.appeal.id.slice(0, 8) });
  return result.appeal.commentBlocked ? `${filed}\n\n${messages.commentDropped}` : filed;
}

/**
 * `/khieunai [lý do]` (any text channel: the latest refusal in this conversation, within a day), or "khiếu nại: …" as
 * the very next message after a refusal: files an appeal against it.
 */
export function createAppealFeature(deps: { refusals: RefusalMemory; fileAppeal: (input: AppealInput) => Promise<AppealResult> }): FeatureHandler {
  // The command refers to the latest refusal still open to appeal; the bare words only to one that was the last turn.
  const commandOf = (text: string, turn: Turn) => {
    const command = COMMAND.exec(text);
    if (command) return { match: command, refusalId: deps.refusals.latest(actorOf(turn), turn.conversation.id) };
    const refusalId = deps.refusals.latest(actorOf(turn), turn.conversation.id, { justNow: true });
    const words = refusalId ? WORDS.exec(text) : null;
    return words ? { match: words, refusalId } : null;
  };
  return {
    name: 'appeal',
    // The comment is screened by the appeal itself: a refused comment is dropped, the appeal still filed.
    gated: false,
    matches: (turn) => commandOf(turn.text.normalize('NFC'), turn) !== null,
    handle: async (turn, ctx): Promise<TurnResult> => {
      const text = turn.text.normalize('NFC');
      const command = commandOf(text, turn);
      const comment = command ? text.slice(command.match.index + command.match[0].length) : undefined;
      const result = await deps.fileAppeal({
        refusalId: command?.refusalId,
        userId: actorOf(turn),
        conversationType: turn.conversation.type,
        comment,
        via: 'command',
        unit: ctx.user?.unit,
      });
      return {
        replies: [{ kind: 'text', text: appealReplyText(result) }],
        outcome: result.kind === 'filed'
          ? { feature: 'appeal', outcome: 'filed', details: appealAuditDetails(result.appeal) }
          : { feature: 'appeal', outcome: 'no_refusal' },
      };
    },
  };
}
