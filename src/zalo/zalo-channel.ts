import { randomUUID } from 'node:crypto';
import type { Logger } from '../core/logger';
import type { Channel, ChannelName } from '../turns/channel';
import type { ZaloOutbound } from './outbound';
import { renderZaloText } from './render-text';
import { splitMessage } from './split-message';

/** Zalo shows "typing…" for a few seconds: repeated while the turn is worked on. */
const TYPING_REPEAT_MS = 4000;

/** The channel port over one Zalo chat (Bot Platform or OA): plain text in numbered parts of at most 2,000 characters. */
export function createZaloChannel(deps: {
  name: Extract<ChannelName, 'zalo' | 'zalo-oa'>;
  out: ZaloOutbound;
  chatId: string;
  botName: string;
  logger: Logger;
  /** Told the id an answer was recorded under, so a following rating can find it. */
  onAnswer?: (answerId: string) => void;
}): Channel {
  const { out, chatId } = deps;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const typingOnce = () => {
    if (stopped || !out.typing) return;
    out.typing(chatId).catch((err: Error) => deps.logger.debug({ err: err.message }, 'zalo: typing not shown'));
  };
  return {
    name: deps.name,
    asksFeedback: true,
    typing: {
      start() {
        if (stopped || timer || !out.typing) return;
        typingOnce();
        timer = setInterval(typingOnce, TYPING_REPEAT_MS);
        timer.unref();
      },
      stop() {
        stopped = true;
        if (timer) clearInterval(timer);
        timer = undefined;
      },
    },
    async send(reply) {
      const text = renderZaloText(reply, { botName: deps.botName });
      if (!text) return undefined;
      let first: string | undefined;
      for (const part of splitMessage(text)) {
        const id = await out.sendText(chatId, part);
        first ??= id;
      }
      if (reply.kind !== 'answer') return first;
      // Answers are recorded under an id of their own: Zalo's message ids are not unique across chats.
      const answerId = `${deps.name}-${first ?? randomUUID()}-${randomUUID().slice(0, 8)}`;
      deps.onAnswer?.(answerId);
      return answerId;
    },
  };
}
