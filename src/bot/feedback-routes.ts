import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { Logger } from '../core/logger';
import type { ConversationType } from '../store/types';
import type { ChannelName } from '../turns/channel';
import { conversationTypeOf, senderIdOf } from './map-turn';
import { messages } from '../messages';
import { feedbackInputSchema } from '../feedback/feedback-input';

/** Plain feedback input handed to the feedback use case (Teams-free). */
export interface FeedbackInput {
  answerId: string;
  reaction: 'like' | 'dislike';
  /** Teams sends the comment JSON-encoded: '{"feedbackText":"…"}'. */
  feedback?: unknown;
  userId: string;
  /** The sender's UPN where the bot looks it up (allowlist deployments), so people provisioned by UPN are recognised. */
  upn?: string;
  conversationType: ConversationType;
  tenantId?: string;
  /** Where the rating came from; Teams when absent. */
  channel?: ChannelName;
}

export type FeedbackSink = (input: FeedbackInput) => Promise<{ kind: string }>;

const nativeFeedback = z.object({
  actionName: z.literal('feedback'),
  actionValue: z.object({ reaction: z.enum(['like', 'dislike']), feedback: z.union([z.string(), z.record(z.unknown())]).optional() }),
});

const cardFeedback = z.object({ action: z.literal('feedback'), reaction: z.enum(['like', 'dislike']), answerId: z.string().min(1) });

const isFeedbackInvoke = (ctx: TurnContext) => ctx.activity.type === ActivityTypes.Invoke && ctx.activity.name === 'message/submitAction';

/** The whole invoke validated as the feedback use case will (the comment's JSON included), so a bad one is a 400. */
function isValidNativeFeedback(ctx: TurnContext): boolean {
  const native = nativeFeedback.safeParse(ctx.activity.value);
  if (!native.success || !ctx.activity.replyToId) return false;
  return feedbackInputSchema.safeParse({
    reaction: native.data.actionValue.reaction,
    feedback: native.data.actionValue.feedback,
    answerId: ctx.activity.replyToId,
    userId: senderIdOf(ctx.activity),
  }).success;
}

/**
 * Teams' native feedback loop through teams-ai's feedbackLoop, a 400 for malformed invokes
 * (registered first, so nothing is stored), and the Adaptive Card like/dislike fallback.
 */
export function registerFeedbackRoutes(app: Application<TurnState>, sink: FeedbackSink, logger: Logger, resolveUpn?: (ctx: TurnContext) => Promise<string | undefined>): void {
  const upnOf = async (ctx: TurnContext) => (resolveUpn ? { upn: await resolveUpn(ctx) } : {});
  app.addRoute(
    async (ctx) => isFeedbackInvoke(ctx) && !isValidNativeFeedback(ctx),
    async (ctx) => {
      logger.warn('malformed feedback invoke rejected');
      await ctx.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400, body: { error: 'malformed feedback' } } });
    },
    true,
  );

  app.feedbackLoop(async (ctx, _state, data) => {
    const result = await sink({
      answerId: data.replyToId,
      reaction: data.actionValue.reaction,
      feedback: data.actionValue.feedback,
      userId: senderIdOf(ctx.activity),
      ...(await upnOf(ctx)),
      conversationType: conversationTypeOf(ctx.activity),
      tenantId: ctx.activity.conversation.tenantId,
    });
    logger.info({ outcome: result.kind }, 'feedback received');
  });

  app.message(
    async (ctx) => cardFeedback.safeParse(ctx.activity.value).success,
    async (ctx) => {
      const value = cardFeedback.parse(ctx.activity.value);
      const result = await sink({ answerId: value.answerId, reaction: value.reaction, userId: senderIdOf(ctx.activity), ...(await upnOf(ctx)), conversationType: conversationTypeOf(ctx.activity), tenantId: ctx.activity.conversation.tenantId });
      await ctx.sendActivity(result.kind === 'recorded' ? messages.feedback.thanks : messages.feedback.invalid);
    },
  );
}
