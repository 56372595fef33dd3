import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { Logger } from '../core/logger';
import type { ConversationType } from '../store/types';
import type { ChannelName } from '../turns/channel';
import { conversationTypeOf, senderIdOf } from './map-turn';
import { messages } from '../messages';
import { feedbackInputSchema } from '../feedback/feedback-input';
import { citationVerdictCard, citationVerdictReply, verdictInputId } from './replies/citation-verdict-card';

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

/** The outcome of a rating; a recorded dislike of a cited answer carries its id and citations for the follow-up. */
export type FeedbackSink = (input: FeedbackInput) => Promise<{ kind: string; id?: string; citations?: { position: number; label: string }[] }>;

/** Plain input of the per-citation follow-up (Teams-free). */
export interface CitationVerdictsInput {
  feedbackId: string;
  userId: string;
  upn?: string;
  tenantId?: string;
  conversationType: ConversationType;
  /** Citation number → 'right' | 'wrong' | 'outdated'. */
  verdicts: Record<string, string>;
}
export type CitationVerdictSink = (input: CitationVerdictsInput) => Promise<{ kind: string }>;

const nativeFeedback = z.object({
  actionName: z.literal('feedback'),
  actionValue: z.object({ reaction: z.enum(['like', 'dislike']), feedback: z.union([z.string(), z.record(z.unknown())]).optional() }),
});

const cardFeedback = z.object({ action: z.literal('feedback'), reaction: z.enum(['like', 'dislike']), answerId: z.string().min(1) });
const verdictCard = z.object({ action: z.literal('citationVerdicts'), feedbackId: z.string().min(1) }).passthrough();

/** The choices of a submitted citation card: `c1` … `c20` → verdict (unanswered ones are absent or empty). */
function verdictsOf(value: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (let n = 1; n <= 20; n++) {
    const v = value[verdictInputId(n)];
    if (typeof v === 'string' && v) out[String(n)] = v;
  }
  return out;
}

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
export function registerFeedbackRoutes(app: Application<TurnState>, sink: FeedbackSink, logger: Logger, resolveUpn?: (ctx: TurnContext) => Promise<string | undefined>, verdictSink?: CitationVerdictSink): void {
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
    // A dislike of a cited answer: ask, optionally, which citation was wrong or outdated.
    if (verdictSink && result.kind === 'recorded' && result.id && result.citations?.length) {
      await ctx.sendActivity({ attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: citationVerdictCard(result.id, result.citations) }] });
    }
  });

  if (verdictSink) {
    app.message(
      async (ctx) => verdictCard.safeParse(ctx.activity.value).success,
      async (ctx) => {
        const value = verdictCard.parse(ctx.activity.value);
        const result = await verdictSink({
          feedbackId: value.feedbackId,
          userId: senderIdOf(ctx.activity),
          ...(await upnOf(ctx)),
          conversationType: conversationTypeOf(ctx.activity),
          tenantId: ctx.activity.conversation.tenantId,
          verdicts: verdictsOf(value),
        });
        logger.info({ outcome: result.kind }, 'citation verdicts received');
        await ctx.sendActivity(citationVerdictReply(result.kind));
      },
    );
  }

  app.message(
    async (ctx) => cardFeedback.safeParse(ctx.activity.value).success,
    async (ctx) => {
      const value = cardFeedback.parse(ctx.activity.value);
      const result = await sink({ answerId: value.answerId, reaction: value.reaction, userId: senderIdOf(ctx.activity), ...(await upnOf(ctx)), conversationType: conversationTypeOf(ctx.activity), tenantId: ctx.activity.conversation.tenantId });
      await ctx.sendActivity(result.kind === 'recorded' ? messages.feedback.thanks : messages.feedback.invalid);
    },
  );
}
