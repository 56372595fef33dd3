import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { StateRepository } from '../store/types';
import type { Logger } from '../core/logger';
import type { PersonNotifier } from '../turns/channel';

const key = (userId: string) => `convref/${userId}`;

/** Sends proactive messages to people the bot has talked with 1:1 (e.g. unit administrators). */
export interface Notifier extends PersonNotifier {
  /** Remembers how to reach the sender of a personal-chat activity. */
  remember(activity: Partial<Activity>): Promise<void>;
}

/** Creates the notifier; conversation references live in the store so every instance can use them. */
export function createNotifier(deps: { adapter: TeamsAdapter; state: StateRepository; botAppId?: string; logger: Logger }): Notifier {
  // What this instance last stored per user (without the per-message activity id): unchanged references are not rewritten.
  const stored = new Map<string, string>();
  return {
    async remember(activity) {
      if (!activity.from?.id || activity.conversation?.conversationType === 'channel' || activity.conversation?.isGroup) return;
      const ref = TurnContext.getConversationReference(activity);
      const fingerprint = JSON.stringify({ ...ref, activityId: undefined });
      if (stored.get(activity.from.id) === fingerprint) return;
      if (stored.size > 50_000) stored.clear();
      stored.set(activity.from.id, fingerprint);
      const changes: Record<string, unknown> = { [key(activity.from.id)]: ref };
      if (activity.from.aadObjectId) changes[key(activity.from.aadObjectId)] = ref;
      try {
        await deps.state.write(changes);
      } catch (err) {
        // Remembering is best effort: a later message stores it again; the turn itself must not fail for it.
        stored.delete(activity.from.id);
        deps.logger.warn({ err: (err as Error).message }, 'conversation reference not stored');
      }
    },
    async notify(userId, text) {
      const found = await deps.state.read([key(userId)]);
      const ref = found[key(userId)] as Partial<ConversationReference> | undefined;
      if (!ref) return false;
      try {
        await deps.adapter.continueConversationAsync(deps.botAppId ?? '', ref, async (ctx) => {
          await ctx.sendActivity({ type: 'message', text });
        });
        return true;
      } catch (err) {
        deps.logger.warn({ err: (err as Error).message }, 'proactive notification failed');
        return false;
      }
    },
  };
}
