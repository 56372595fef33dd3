import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { AdaptiveCard, Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { Logger } from '../core/logger';
import type { ConversationType } from '../store/types';
import { APPEAL_VERB, MAX_APPEAL_COMMENT } from '../appeals/appeal-action';
import { appealAnswerCard } from './replies/appeal-card';
import { conversationTypeOf, senderIdOf, tenantIdOf } from './map-turn';

/** An appeal from the card's button, as plain data (Teams-free). */
export interface AppealInvokeInput {
  refusalId: string;
  comment?: string;
  userId: string;
  tenantId?: string;
  conversationId: string;
  conversationType: ConversationType;
}

/** Files the appeal (access check, gate on the comment, store, audit); returns the text shown in place of the card. */
export type AppealSink = (input: AppealInvokeInput) => Promise<string>;

const ACTION_INVOKE = 'adaptiveCard/action';
const appealAction = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.literal(APPEAL_VERB),
    data: z.object({ refusalId: z.string().trim().min(1).max(100), comment: z.string().max(MAX_APPEAL_COMMENT * 2).optional() }).passthrough(),
  }).passthrough(),
}).passthrough();

const isAppealInvoke = (ctx: TurnContext) =>
  ctx.activity.type === ActivityTypes.Invoke && ctx.activity.name === ACTION_INVOKE && (ctx.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb === APPEAL_VERB;

/** The appeal button of a refusal (Action.Execute, verb "appeal"): answered in place with what happened; malformed invokes get a 400. */
export function registerAppealRoutes(app: Application<TurnState>, sink: AppealSink, logger: Logger): void {
  app.addRoute(
    async (ctx) => isAppealInvoke(ctx) && !appealAction.safeParse(ctx.activity.value).success,
    async (ctx) => {
      logger.warn('malformed appeal invoke rejected');
      await ctx.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400, body: { error: 'malformed appeal' } } });
    },
    true,
  );

  app.adaptiveCards.actionExecute(APPEAL_VERB, async (ctx) => {
    const { data } = appealAction.parse(ctx.activity.value).action;
    const text = await sink({
      refusalId: data.refusalId,
      comment: data.comment,
      userId: senderIdOf(ctx.activity),
      tenantId: tenantIdOf(ctx.activity),
      conversationId: ctx.activity.conversation.id,
      conversationType: conversationTypeOf(ctx.activity),
    });
    return appealAnswerCard(text) as AdaptiveCard;
  });
}
