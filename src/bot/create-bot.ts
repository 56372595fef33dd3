import { ActivityTypes, MemoryStorage, type TurnContext } from 'botbuilder';
import { Application, TurnState } from '@microsoft/teams-ai';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../core/logger';
import type { StateRepository } from '../store/types';
import type { TurnRouter } from '../turns/route-turn';
import type { AnswerRecorder } from '../turns/record-answer';
import type { AiAnswer } from '../turns/types';
import { createStateStorage } from './state-storage';
import type { BotAdapter } from './create-adapter';
import { welcomeCard } from './welcome-card';
import { mapActivityToTurn, mentionsBot } from './map-turn';
import type { AnswerRenderer } from './render-reply';
import { createTeamsChannel } from './teams-channel';
import { createTurnHandler } from '../turns/handle-turn';
import { messages } from '../messages';
import { registerFileConsentRoutes, type FileUploader, type PendingFiles } from './file-consent';
import { registerFeedbackRoutes, type CitationVerdictSink, type FeedbackSink } from './feedback-routes';
import { registerAppealRoutes, type AppealSink } from './appeal-routes';
import type { Notifier } from './notifier';
import type { UpnResolver } from './member-upn';

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
  /** The per-citation follow-up to a dislike (which cited article was wrong or outdated). */
  citationVerdicts?: CitationVerdictSink;
  /** Appeals from the refusal card's button; without it the button's invoke is not handled. */
  appeals?: AppealSink;
  notifier?: Notifier;
  /** Fills the sender's UPN (allowlist deployments that provision people by UPN). */
  resolveUpn?: UpnResolver;
  /** Files for the user go through Teams' FileConsentCard (1:1 in Teams); without it, or elsewhere, inline. */
  files?: { pending: PendingFiles; upload: FileUploader };
  logger: Logger;
}

/** Builds the teams-ai Application: welcome, messages through the turn router, feedback, errors. */
export function createBot(deps: BotDeps): Application<TurnState> {
  const { logger } = deps;
  const handleTurn = createTurnHandler({ router: deps.router, recordAnswer: deps.recordAnswer, logger });
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

  if (deps.feedback) registerFeedbackRoutes(app, deps.feedback, logger, deps.resolveUpn, deps.citationVerdicts);
  if (deps.appeals) registerAppealRoutes(app, deps.appeals, logger);
  if (deps.files) registerFileConsentRoutes(app, { ...deps.files, logger });

  app.activity(ActivityTypes.Message, async (context) => {
    const activity = context.activity;
    const isCardSubmit = activity.value !== undefined && !activity.text;
    // In group chats and channels the bot speaks only when @mentioned (card buttons excepted).
    if (activity.conversation.conversationType !== 'personal' && activity.conversation.conversationType !== undefined && !mentionsBot(activity) && !isCardSubmit) return;
    const turn = mapActivityToTurn(activity, randomUUID());
    if (deps.resolveUpn) {
      try {
        turn.user.upn = await deps.resolveUpn(context);
      } catch (err) {
        logger.warn({ turnId: turn.id, err: (err as Error).message }, 'sender UPN not resolved');
      }
    }
    const personal = turn.conversation.type === 'personal';
    const channel = createTeamsChannel(context, {
      renderAnswer: deps.renderAnswer,
      streamAnswer: personal ? deps.streamAnswer : undefined,
      // Teams cannot take a file's bytes in a message: in a 1:1 chat a file is offered for the user's OneDrive instead.
      files: activity.channelId === 'msteams' && personal ? deps.files : undefined,
    });
    // Only a sender who passed the access check is remembered for notifications.
    await handleTurn(turn, channel, { onAllowed: async () => { await deps.notifier?.remember(activity); } });
  });

  // An invoke no route above answers (an unknown name, or a known one with a value none accepts) is bad input: 400, where
  // botbuilder would say 501. Registered last, so every real invoke route is tried first.
  app.addRoute(
    async (context) => context.activity.type === ActivityTypes.Invoke,
    async (context) => {
      const name = context.activity.name;
      logger.warn({ invoke: typeof name === 'string' ? name.slice(0, 60) : typeof name }, 'unsupported invoke rejected');
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400, body: { error: 'unsupported invoke' } } });
    },
    true,
  );

  app.error(async (_context, err) => {
    logger.error({ err: err.message }, 'bot application error');
  });
  return app;
}
