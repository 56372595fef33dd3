import type { Reason } from '../gate/types';
import type { Reply } from './types';
import { messages } from '../messages';
import { messages as appealMessages } from '../appeals/messages';

/**
 * The reply for a refused text: the gate's reason, the rule it comes from, and what to do instead; with a refusal id,
 * also how to contest it (the card's button in Teams, the /khieunai command in any text channel).
 */
export function blockedReply(reason: Reason, refusalId?: string): Reply {
  const m = messages.blocked;
  const text = `**${m.title}**\n\n${reason.message}\n\n${m.rulePrefix} ${reason.rule}\n\n${m.alternativePrefix} ${reason.alternative}`;
  if (!refusalId) return { kind: 'text', text };
  return { kind: 'refusal', text: `${text}\n\n${appealMessages.offer}`, refusalId };
}
