import type { Reason } from '../gate/types';
import type { Reply } from './types';
import { messages } from '../messages';

/** The reply for a refused text: the gate's reason, the rule it comes from, and what to do instead. */
export function blockedReply(reason: Reason): Reply {
  const m = messages.blocked;
  return {
    kind: 'text',
    text: `**${m.title}**\n\n${reason.message}\n\n${m.rulePrefix} ${reason.rule}\n\n${m.alternativePrefix} ${reason.alternative}`,
  };
}
