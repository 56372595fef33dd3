import type { TurnContext } from 'botbuilder';
import type { Logger } from '../core/logger';
import type { RateLimiter } from '../limits/rate-limiter';
import type { TurnQueue } from '../limits/turn-queue';
import { format } from '../messages';
import { serviceMessages } from '../messages/service';
import { mentionsBot, senderIdOf } from './map-turn';

/** Whether the bot would take this activity as a message turn (1:1, a mention elsewhere, or a card button). */
function isMessageTurn(ctx: TurnContext): boolean {
  const a = ctx.activity;
  if (a.type !== 'message') return false;
  const personal = a.conversation?.conversationType === 'personal' || a.conversation?.conversationType === undefined;
  return personal || mentionsBot(a) || (a.value !== undefined && !a.text);
}

/**
 * Limits in front of the bot: a person sending faster than the rate limit, or a message arriving when the turn queue is
 * full, gets a short Vietnamese answer at once instead of unbounded latency. Only message turns count; invokes
 * (feedback, file consent) and conversation updates pass straight through.
 */
export function withTurnLimits(run: (ctx: TurnContext) => Promise<unknown>, deps: { limiter: RateLimiter; queue: TurnQueue; logger: Logger; onLimited?: (reason: 'rate_limited' | 'busy') => void }) {
  return async (ctx: TurnContext): Promise<unknown> => {
    if (!isMessageTurn(ctx)) return run(ctx);
    const waitMs = deps.limiter.take(senderIdOf(ctx.activity));
    if (waitMs > 0) {
      deps.onLimited?.('rate_limited');
      deps.logger.info({ waitMs }, 'message refused: rate limit');
      await ctx.sendActivity({ type: 'message', text: format(serviceMessages.rateLimited, { seconds: Math.max(1, Math.ceil(waitMs / 1000)) }) });
      return undefined;
    }
    const outcome = await deps.queue.run(() => run(ctx));
    if (!outcome.ran) {
      deps.onLimited?.('busy');
      deps.logger.warn({ active: deps.queue.active(), waiting: deps.queue.waiting() }, 'message refused: turn queue full');
      await ctx.sendActivity({ type: 'message', text: serviceMessages.busy });
      return undefined;
    }
    return outcome.value;
  };
}
