import type { Logger } from '../core/logger';
import { format, messages } from '../messages';
import { serviceMessages } from '../messages/service';
import { isStoreUnavailable } from '../store/availability/unavailable';
import type { Channel } from './channel';
import type { AnswerRecorder } from './record-answer';
import type { RoutedTurn, TurnRouter } from './route-turn';
import type { Reply, Turn } from './types';

/** Dependencies of the channel-neutral turn handler. */
export interface TurnHandlerDeps {
  router: TurnRouter;
  recordAnswer: AnswerRecorder;
  logger: Logger;
}

/** Extra per-turn hooks a channel adds (Teams remembers the conversation for later notifications). */
export interface HandleOptions {
  /** Runs once the sender passed the access check. */
  onAllowed?: () => Promise<void>;
}

/**
 * Creates the delivery step every channel shares: route the turn (access → gate → feature → audit), deliver the
 * replies through the channel, record each answer under the id of the message that carried it, ask for feedback
 * where the channel has no control for it, and answer failures in Vietnamese. A streamed answer is audited once
 * delivered, with what the user finally got.
 */
export function createTurnHandler(deps: TurnHandlerDeps) {
  const { router, recordAnswer, logger } = deps;

  async function deliver(turn: Turn, routed: RoutedTurn, channel: Channel): Promise<void> {
    for (const reply of routed.replies) {
      if (reply.kind === 'answer' && reply.answer.stream && channel.stream) {
        const id = await channel.stream(reply.answer);
        if (id) await recordAnswer({ turn, unit: routed.user?.unit, answer: reply.answer, activityId: id });
        continue;
      }
      if (reply.kind === 'file' && channel.offerFile) {
        await channel.offerFile(reply.file, reply.text);
        continue;
      }
      const sent = await channel.send(reply);
      if (reply.kind !== 'answer') continue;
      const answerId = sent ?? `${turn.id}-answer`;
      await recordAnswer({ turn, unit: routed.user?.unit, answer: reply.answer, activityId: answerId });
      if (channel.asksFeedback) await channel.send({ kind: 'feedback-prompt', answerId } satisfies Reply);
    }
  }

  /** Handles one turn on `channel`; never throws for a turn's own failure (the user is told, the log has the reason). */
  return async function handleTurn(turn: Turn, channel: Channel, opts: HandleOptions = {}): Promise<RoutedTurn | undefined> {
    const log = logger.child({ turnId: turn.id, channel: channel.name, conversationType: turn.conversation.type });
    let routed: RoutedTurn | undefined;
    try {
      routed = await router(turn, {
        canStream: Boolean(channel.stream),
        // Only a sender who passed the access check sees the assistant working.
        onAllowed: async () => {
          channel.typing?.start();
          await opts.onAllowed?.();
        },
      });
      channel.typing?.stop();
      await deliver(turn, routed, channel);
      log.info({ feature: routed.outcome.feature, outcome: routed.outcome.outcome }, 'turn handled');
      return routed;
    } catch (err) {
      channel.typing?.stop();
      if (isStoreUnavailable(err)) {
        log.warn({ err: (err as Error).message }, 'turn failed: the database is unreachable');
        await channel.send({ kind: 'text', text: serviceMessages.storeUnavailable }).catch(() => undefined);
        return routed;
      }
      log.error({ err: (err as Error).message, stack: (err as Error).stack }, 'turn failed');
      await channel.send({ kind: 'text', text: format(messages.internalError, { ref: turn.id.slice(0, 8) }) }).catch(() => undefined);
      return routed;
    } finally {
      await routed?.delivered?.();
    }
  };
}

export type TurnHandler = ReturnType<typeof createTurnHandler>;
