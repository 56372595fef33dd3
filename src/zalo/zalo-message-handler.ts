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
import type { ChannelName } from '../turns/channel';
import type { ZaloInbound, ZaloOutbound } from './outbound';
import { createZaloChannel } from './zalo-channel';
import { addressedText } from './addressed';
import { parseRating } from './rating';
import { zaloStrings as strings } from './render-text';
import { personKeyOf } from '../turns/person-key';

const DAY_MS = 24 * 3600_000;
/** A rating refers to the chat's last answer for this long. */
const RATING_WINDOW_MS = DAY_MS;

/** Dependencies of the Zalo message handler: the same turn handler, limits, access check and feedback as Teams. */
export interface ZaloHandlerDeps {
  channel: Extract<ChannelName, 'zalo' | 'zalo-oa'>;
  out: ZaloOutbound;
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

/** What became of a message (for the log and tests; Zalo itself only needs the 200). */
export type UpdateOutcome = 'duplicate' | 'not_addressed' | 'rate_limited' | 'busy' | 'linked' | 'link_refused' | 'rated' | 'non_text' | 'handled' | 'denied';

/**
 * Handles one verified Zalo message (Bot Platform or OA): once per message id, in groups only when addressed, within
 * the person's rate limit and the turn queue; then a link code, a rating of the last answer, or a turn.
 */
export function createZaloMessageHandler(deps: ZaloHandlerDeps) {
  const { out, logger, channel } = deps;

  return async function handleMessage(m: ZaloInbound): Promise<UpdateOutcome> {
    // The platform retries a webhook it thinks failed: the same message is handled once, on any instance.
    if (!(await deps.expiring.putIfAbsent(`${channel}-message`, m.messageId, 1, DAY_MS))) return 'duplicate';
    const progress = { answered: false };
    try {
      return await claimed(m, progress);
    } catch (e) {
      // Failed before anything reached the person (the store went away while reading the account, say): the claim is
      // given back, so the platform's retry of this webhook is handled instead of being dropped as a duplicate.
      if (!progress.answered) await deps.expiring.delete(`${channel}-message`, m.messageId).catch(() => undefined);
      throw e;
    }
  };

  async function claimed(m: ZaloInbound, progress: { answered: boolean }): Promise<UpdateOutcome> {
    let text = m.kind === 'text' ? m.text : '';
    if (m.group) {
      const addressed = m.kind === 'text' ? addressedText(text, deps.botName) : undefined;
      if (addressed === undefined) return 'not_addressed';
      text = addressed;
    }
    const reply = (t: string) => {
      progress.answered = true;
      return out.sendText(m.chatId, t).then(() => undefined);
    };
    const wait = deps.limiter.take(`${channel}:${m.userId}`);
    if (wait > 0) {
      logger.info({ waitMs: wait, channel }, 'message refused: rate limit');
      await reply(format(serviceMessages.rateLimited, { seconds: Math.max(1, Math.ceil(wait / 1000)) }));
      return 'rate_limited';
    }
    const run = await deps.queue.run(() => handle(m, text, reply, progress));
    if (run.ran) return run.value;
    await reply(serviceMessages.busy);
    return 'busy';
  }

  async function handle(m: ZaloInbound, text: string, reply: (t: string) => Promise<void>, progress: { answered: boolean }): Promise<UpdateOutcome> {
    const code = m.kind === 'text' && !m.group ? linkCodeIn(text) : undefined;
    if (code) {
      const r = await deps.links.redeem(code, channel, m.userId);
      await reply(r.kind === 'linked' ? format(strings.linked, { name: r.user.name || r.user.id, unit: r.user.unit }) : r.kind === 'refused' ? strings.linkRefused : strings.linkInvalid);
      return r.kind === 'linked' ? 'linked' : 'link_refused';
    }
    const turn = toTurn(channel, m, text, await deps.links.accountOf(channel, m.userId));
    const lastAnswerKey = `${m.chatId}|${m.userId}`;
    if (m.kind !== 'text') {
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
      const answerId = await deps.expiring.take<string>(`${channel}-last-answer`, lastAnswerKey);
      if (!answerId) {
        await reply(strings.feedbackNoAnswer);
        return 'rated';
      }
      const r = await deps.feedback({
        answerId,
        reaction: rating.reaction,
        feedback: rating.comment ? { feedbackText: rating.comment } : undefined,
        userId: personKeyOf(turn),
        upn: turn.user.upn,
        conversationType: turn.conversation.type,
        channel,
      });
      if (r.kind === 'denied') return 'denied';
      await reply(r.kind === 'recorded' ? strings.feedbackThanks : strings.feedbackNoAnswer);
      return 'rated';
    }
    let answerId: string | undefined;
    const port = createZaloChannel({ name: channel, out, chatId: m.chatId, botName: deps.botName, logger, onAnswer: (id) => { answerId = id; } });
    // From here the turn may answer (and audit) at any point: a failure no longer gives the message back.
    progress.answered = true;
    const routed = await deps.handleTurn(turn, port);
    if (answerId) await deps.expiring.put(`${channel}-last-answer`, lastAnswerKey, answerId, RATING_WINDOW_MS);
    return routed?.outcome.outcome === 'denied' ? 'denied' : 'handled';
  }
}

/**
 * The channel-neutral turn of a Zalo message. A linked Zalo user is known by their account's keys (object id, UPN),
 * so the access check, notebook and history find the same person as in Teams; an unlinked one by the Zalo id alone.
 */
function toTurn(channel: ZaloHandlerDeps['channel'], m: ZaloInbound, text: string, account: UserRecord | undefined): Turn {
  return {
    id: randomUUID(),
    channel,
    user: {
      id: `${channel}:${m.userId}`,
      name: m.userName,
      ...(account ? { aadObjectId: account.aadObjectId ?? account.id, upn: account.upn } : {}),
    },
    conversation: { id: `${channel}:${m.chatId}`, type: m.group ? 'groupChat' : 'personal' },
    text: text.trim(),
    attachments: [],
    activityId: m.messageId,
  };
}
