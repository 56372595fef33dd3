import type { TurnContext } from 'botbuilder';
import type { Channel } from '../turns/channel';
import type { AiAnswer } from '../turns/types';
import { renderReply, type AnswerRenderer } from './render-reply';
import { createTypingIndicator } from './typing-indicator';
import { fileConsentActivity, type FileUploader, type PendingFiles } from './file-consent';
import { senderIdOf } from './map-turn';

/** What the Teams side of the channel port needs for one turn. */
export interface TeamsChannelDeps {
  renderAnswer: AnswerRenderer;
  /** Streams an answer and returns the id of the final activity; given only where streaming works (1:1 chats). */
  streamAnswer?: (context: TurnContext, answer: AiAnswer) => Promise<string | undefined>;
  /** Files go through Teams' FileConsentCard (1:1 chats in Teams); elsewhere they are sent inline. */
  files?: { pending: PendingFiles; upload: FileUploader };
}

/** The channel port over one Teams turn context. */
export function createTeamsChannel(context: TurnContext, deps: TeamsChannelDeps): Channel {
  const activity = context.activity;
  const typing = createTypingIndicator(context);
  const files = deps.files;
  const stream = deps.streamAnswer;
  return {
    name: 'teams',
    // Clients without Teams' native feedback loop (the emulator, the chat client) get Thích / Không thích buttons.
    asksFeedback: activity.channelId !== 'msteams',
    typing,
    send: async (reply) => {
      const outgoing = renderReply(reply, deps.renderAnswer);
      if (!outgoing) return undefined;
      return (await context.sendActivity(outgoing))?.id;
    },
    ...(stream ? { stream: (answer: AiAnswer) => stream(context, answer) } : {}),
    ...(files
      ? { offerFile: async (file, text) => { await context.sendActivity(fileConsentActivity(text, file, await files.pending.offer(senderIdOf(activity), file))); } }
      : {}),
  } satisfies Channel;
}
