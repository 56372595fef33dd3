import { randomUUID } from 'node:crypto';
import type { Logger } from '../core/logger';
import type { ExpiringRepository, UserRecord } from '../store/types';
import type { RateLimiter } from '../limits/rate-limiter';
import type { TurnQueue } from '../limits/turn-queue';
import type { AccessCheck } from '../turns/route-turn';
import type { TurnHandler } from '../turns/handle-turn';
import type { Turn } from '../turns/types';
import type { FeedbackSink } from '../bot/feedback-routes';
import { format } from '../messages';
import { serviceMessages } from '../messages/service';
import { linkCodeIn, type ChannelLinks } from '../accounts/channel-links';
import type { ZaloBotApi } from './bot-api';
import { createZaloChannel } from './zalo-channel';
import { eventKindOf, type ZaloUpdate } from './update-schema';
import { addressedText } from './addressed';
import { parseRating } from './rating';
import { zaloStrings as strings } from './render-text';

const DAY_MS = 24 * 3600_000;
/** A rating refers to the chat's last answer for this long. */
const RATING_WINDOW_MS = DAY_MS;

/** Dependencies of the Zalo Bot update handler: the same turn handler, limits, access check and feedback as Teams. */
export interface ZaloUpdateDeps {
  api: ZaloBotApi;
  botName: string;
  handleTurn: TurnHandler;
  access: AccessCheck;
  feedback: FeedbackSink;
  links: ChannelLinks;
  expiring: ExpiringRepository;
  limiter: RateLimiter;
  queue: TurnQueue;
  logger: Logger;
}

/** What became of an update (for the log and tests; Zalo itself only needs the 200). */
export type UpdateOutcome = 'duplicate' | 'not_addressed' | 'rate_limited' | 'busy' | 'linked' | 'link_refused' | 'rated' | 'non_text' | 'handled' | 'denied';

/** Handles one verified, validated Zalo Bot update: dedup, group addressing, limits, link codes, ratings, then the turn. */
export function createZaloUpdateHandler(deps: ZaloUpdateDeps) {
  const { api, logger } = deps;

  return async function handleUpdate(update: ZaloUpdate): Promise<UpdateOutcome> {
    const m = update.message;
    // The platform retries a webhook it thinks failed: the same message is handled once, on any instance.
    if (!(await deps.expiring.putIfAbsent('zalo-message', m.message_id, 1, DAY_MS))) return 'duplicate';
    const kind = eventKindOf(update);
    const group = m.chat.chat_type === 'GROUP';
    let text = kind === 'text' ? (m.text ?? '') : '';
    if (group) {
      const addressed = kind === 'text' ? addressedText(text, deps.botName) : undefined;
      if (addressed === undefined) return 'not_addressed';
      text = addressed;
    }
    const reply = (t: string) => api.sendMessage(m.chat.id, t).then(() => undefined);
    const wait = deps.limiter.take(`zalo:${m.from.id}`);
    if (wait > 0) {
      logger.info({ waitMs: wait, channel: 'zalo' }, 'message refused: rate limit');
      await reply(format(serviceMessages.rateLimited, { seconds: Math.max(1, Math.ceil(wait / 1000)) }));
      return 'rate_limited';
    }
    const run = await deps.queue.run(() => handleMessage(update, text, kind, reply));
    if (run.ran) return run.value;
    await reply(serviceMessages.busy);
    return 'busy';
  };

  async function handleMessage(update: ZaloUpdate, text: string, kind: ReturnType<typeof eventKindOf>, reply: (t: string) => Promise<void>): Promise<UpdateOutcome> {
    const m = update.message;
    const code = kind === 'text' && m.chat.chat_type === 'PRIVATE' ? linkCodeIn(text) : undefined;
    if (code) {
      const r = await deps.links.redeem(code, 'zalo', m.from.id);
      await reply(r.kind === 'linked' ? format(strings.linked, { name: r.user.name || r.user.id, unit: r.user.unit }) : r.kind === 'refused' ? strings.linkRefused : strings.linkInvalid);
      return r.kind === 'linked' ? 'linked' : 'link_refused';
    }
    const turn = toTurn(update, text, await deps.links.accountOf('zalo', m.from.id));
    const lastAnswerKey = `${m.chat.id}|${m.from.id}`;
    if (kind !== 'text') {
      // Nothing of an image or sticker is read; the sender is still checked, so a refused person learns nothing more.
      const decision = await deps.access(turn);
      if (decision.kind === 'denied') {
        if (decision.reply?.kind === 'text') await reply(decision.reply.text);
        return 'denied';
      }
      await reply(strings.nonText);
      return 'non_text';
    }
    const rating = parseRating(text);
    if (rating) {
      const answerId = await deps.expiring.take<string>('zalo-last-answer', lastAnswerKey);
      if (!answerId) {
        await reply(strings.feedbackNoAnswer);
        return 'rated';
      }
      const r = await deps.feedback({
        answerId,
        reaction: rating.reaction,
        feedback: rating.comment ? { feedbackText: rating.comment } : undefined,
        userId: userKeyOf(turn),
        upn: turn.user.upn,
        conversationType: turn.conversation.type,
        channel: 'zalo',
      });
      if (r.kind === 'denied') return 'denied';
      await reply(r.kind === 'recorded' ? strings.feedbackThanks : strings.feedbackNoAnswer);
      return 'rated';
    }
    let answerId: string | undefined;
    const channel = createZaloChannel({ api, chatId: m.chat.id, botName: deps.botName, logger, onAnswer: (id) => { answerId = id; } });
    const routed = await deps.handleTurn(turn, channel);
    if (answerId) await deps.expiring.put('zalo-last-answer', lastAnswerKey, answerId, RATING_WINDOW_MS);
    return routed?.outcome.outcome === 'denied' ? 'denied' : 'handled';
  }
}

/**
 * The channel-neutral turn of a Zalo message. A linked Zalo user is known by their account's keys (object id, UPN),
 * so the access check, notebook and history find the same person as in Teams; an unlinked one by the Zalo id alone.
 */
function toTurn(update: ZaloUpdate, text: string, account: UserRecord | undefined): Turn {
  const m = update.message;
  return {
    id: randomUUID(),
    channel: 'zalo',
    user: {
      id: `zalo:${m.from.id}`,
      name: m.from.display_name ?? m.from.name,
      ...(account ? { aadObjectId: account.aadObjectId ?? account.id, upn: account.upn } : {}),
    },
    conversation: { id: `zalo:${m.chat.id}`, type: m.chat.chat_type === 'GROUP' ? 'groupChat' : 'personal' },
    text: text.trim(),
    attachments: [],
    activityId: m.message_id,
  };
}

/** The id feedback is stored under: the same as the answer record's. */
function userKeyOf(turn: Turn): string {
  return turn.user.aadObjectId ?? turn.user.id;
}
