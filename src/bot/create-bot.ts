import { ActivityTypes, CardFactory, MemoryStorage, type TurnContext } from 'botbuilder';
import { Application, TurnState } from '@microsoft/teams-ai';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../core/logger';
import type { StateRepository } from '../store/types';
import type { TurnRouter } from '../turns/route-turn';
import type { AnswerRecorder } from '../turns/record-answer';
import type { AiAnswer } from '../turns/types';
import { createStateStorage } from './state-storage';
import type { BotAdapter } from './create-adapter';
import { mapActivityToTurn, mentionsBot, senderIdOf } from './map-turn';
import { renderReply, type AnswerRenderer } from './render-reply';
import { welcomeCard } from './welcome-card';
import { createTypingIndicator } from './typing-indicator';
import { registerFeedbackRoutes, type FeedbackSink } from './feedback-routes';
import type { Notifier } from './notifier';
import type { UpnResolver } from './member-upn';
import { messages, format } from '../messages';
import { serviceMessages } from '../messages/service';
import { isStoreUnavailable } from '../store/availability/unavailable';
import { buildFeedbackCard } from '../feedback/feedback-card';
import { fileConsentActivity, registerFileConsentRoutes, type FileUploader, type PendingFiles } from './file-consent';

export interface BotDeps {
  adapter: BotAdapter;
  botAppId?: string;
  router: TurnRouter;
  state?: StateRepository;
  recordAnswer: AnswerRecorder;
  renderAnswer: AnswerRenderer;
  /** Streams an answer in a 1:1 chat and returns the id of the final activity. */
  streamAnswer?: (context: TurnContext, answer: AiAnswer) => Promise<string | undefined>;
  feedback?: FeedbackSink;
  notifier?: Notifier;
  /** Fills the sender's UPN (allowlist deployments that provision people by UPN). */
  resolveUpn?: UpnResolver;
  /** Files for the user go through Teams' FileConsentCard (1:1 in Teams); without it, or elsewhere, inline. */
  files?: { pending: PendingFiles; upload: FileUploader };
  logger: Logger;
}

/** Builds the teams-ai Application: welcome, messages through the turn router, feedback, errors. */
export function createBot(deps: BotDeps): Application<TurnState> {
  const { router, logger } = deps;
  const app = new Application<TurnState>({
    adapter: deps.adapter,
    botAppId: deps.botAppId,
    storage: deps.state ? createStateStorage(deps.state, deps.logger) : new MemoryStorage(),
    removeRecipientMention: true,
    // The bot sends its own typing indicator, after the access check (see typing-indicator.ts).
    startTypingTimer: false,
    longRunningMessages: false,
    turnStateFactory: () => new TurnState(),
  });

  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient.id;
    const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === botId);
    if (!botAdded) return;
    // The card shows the title; `summary` only feeds the notification, so the title is not said twice.
    await context.sendActivity({ type: 'message', summary: messages.welcome.title, attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: welcomeCard() }] });
  });

  if (deps.feedback) registerFeedbackRoutes(app, deps.feedback, logger, deps.resolveUpn);
  if (deps.files) registerFileConsentRoutes(app, { ...deps.files, logger });

  app.activity(ActivityTypes.Message, async (context) => {
    const activity = context.activity;
    const isCardSubmit = activity.value !== undefined && !activity.text;
    // In group chats and channels the bot speaks only when @mentioned (card buttons excepted).
    if (activity.conversation.conversationType !== 'personal' && activity.conversation.conversationType !== undefined && !mentionsBot(activity) && !isCardSubmit) return;
    const turnId = randomUUID();
    const turn = mapActivityToTurn(activity, turnId);
    const log = logger.child({ turnId, conversationType: turn.conversation.type });
    const typing = createTypingIndicator(context);
    try {
      if (deps.resolveUpn) turn.user.upn = await deps.resolveUpn(context);
      const canStream = turn.conversation.type === 'personal' && Boolean(deps.streamAnswer);
      const result = await router(turn, {
        canStream,
        // Only a sender who passed the access check sees the bot working and is remembered for notifications.
        onAllowed: async () => {
          typing.start();
          await deps.notifier?.remember(activity);
        },
      });
      typing.stop();
      // Teams cannot take a file's bytes in a message: in a 1:1 chat a file is offered for the user's OneDrive instead.
      const files = activity.channelId === 'msteams' && turn.conversation.type === 'personal' ? deps.files : undefined;
      for (const reply of result.replies) {
        if (reply.kind === 'answer' && reply.answer.stream && canStream && deps.streamAnswer) {
          const id = await deps.streamAnswer(context, reply.answer);
          if (id) await deps.recordAnswer({ turn, unit: result.user?.unit, answer: reply.answer, activityId: id });
          continue;
        }
        const outgoing = reply.kind === 'file' && files
          ? fileConsentActivity(reply.text, reply.file, await files.pending.offer(senderIdOf(activity), reply.file))
          : renderReply(reply, deps.renderAnswer);
        if (!outgoing) continue;
        const sent = await context.sendActivity(outgoing);
        if (reply.kind === 'answer') {
          const activityId = sent?.id ?? `${turnId}-answer`;
          await deps.recordAnswer({ turn, unit: result.user?.unit, answer: reply.answer, activityId });
          // Clients without Teams' native feedback loop get Thích / Không thích buttons instead.
          if (activity.channelId !== 'msteams') await context.sendActivity({ type: 'message', attachments: [CardFactory.adaptiveCard(buildFeedbackCard(activityId))] });
        }
      }
      log.info({ feature: result.outcome.feature, outcome: result.outcome.outcome }, 'turn handled');
    } catch (err) {
      typing.stop();
      if (isStoreUnavailable(err)) {
        log.warn({ err: (err as Error).message }, 'turn failed: the database is unreachable');
        await context.sendActivity({ type: 'message', text: serviceMessages.storeUnavailable });
        return;
      }
      log.error({ err: (err as Error).message, stack: (err as Error).stack }, 'turn failed');
      await context.sendActivity({ type: 'message', text: format(messages.internalError, { ref: turnId.slice(0, 8) }) });
    }
  });

  app.error(async (_context, err) => {
    logger.error({ err: err.message }, 'bot application error');
  });
  return app;
}
