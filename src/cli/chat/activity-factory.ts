import { randomUUID } from 'node:crypto';

/** Who is talking, and where: the parts of a Teams activity that stay the same across a conversation. */
export interface ChatIdentity {
  serviceUrl: string;
  conversationId: string;
  conversationType: 'personal' | 'groupChat' | 'channel';
  user: { id: string; name: string; aadObjectId: string };
  bot: { id: string; name: string };
  tenantId: string;
}

/** Builds a Teams-shaped message activity; `mention` adds the <at> tag and mention entity like Teams does. */
export function messageActivity(who: ChatIdentity, text: string, opts: { mention?: boolean; attachments?: unknown[]; value?: unknown } = {}) {
  const atText = `<at>${who.bot.name}</at>`;
  const fullText = opts.mention ? `${atText} ${text}` : text;
  const base = envelope(who, 'message');
  return {
    ...base,
    timestamp: new Date().toISOString(),
    conversation: { ...base.conversation, isGroup: who.conversationType !== 'personal' },
    locale: 'vi-VN',
    text: fullText,
    textFormat: 'plain',
    entities: opts.mention ? [{ type: 'mention', text: atText, mentioned: { id: who.bot.id, name: who.bot.name } }] : [],
    attachments: opts.attachments,
    value: opts.value,
  };
}

/** The fields every activity from Teams carries: ids, channel, service URL, sender, bot, conversation, tenant. */
function envelope(who: ChatIdentity, type: string) {
  return {
    type,
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: who.serviceUrl,
    from: { id: who.user.id, name: who.user.name, aadObjectId: who.user.aadObjectId },
    recipient: { id: who.bot.id, name: who.bot.name },
    conversation: { id: who.conversationId, conversationType: who.conversationType, tenantId: who.tenantId },
    channelData: { tenant: { id: who.tenantId } },
  };
}

/** The activity Teams sends when the bot is added to a conversation. */
export function installActivity(who: ChatIdentity) {
  return { ...envelope(who, 'conversationUpdate'), membersAdded: [{ id: who.bot.id }] };
}

/** Teams' native feedback invoke (like/dislike with the comment JSON-encoded) on the answer `replyToId`. */
export function feedbackActivity(who: ChatIdentity, replyToId: string, reaction: 'like' | 'dislike', comment = '') {
  return {
    ...envelope(who, 'invoke'),
    name: 'message/submitAction',
    replyToId,
    value: { actionName: 'feedback', actionValue: { reaction, feedback: JSON.stringify({ feedbackText: comment }) } },
  };
}

/**
 * The invoke Teams sends when the user answers a FileConsentCard (on the card message `replyToId`): accepting
 * carries the OneDrive upload URL (`uploadUrl`) and where the file will be seen (`contentUrl`).
 */
export function fileConsentActivity(who: ChatIdentity, replyToId: string, uploadId: string, answer: { accept: { name: string; uploadUrl: string } } | 'decline') {
  const context = { uploadId };
  if (answer === 'decline') return { ...envelope(who, 'invoke'), name: 'fileConsent/invoke', replyToId, value: { type: 'fileUpload', action: 'decline', context } };
  const { name, uploadUrl } = answer.accept;
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
  const uploadInfo = { name, uploadUrl, contentUrl: uploadUrl, uniqueId: randomUUID(), fileType: ext };
  return { ...envelope(who, 'invoke'), name: 'fileConsent/invoke', replyToId, value: { type: 'fileUpload', action: 'accept', context, uploadInfo } };
}

/** The invoke Teams sends when the user presses an Adaptive Card Action.Execute button (Universal Actions) on `replyToId`. */
export function cardActionActivity(who: ChatIdentity, replyToId: string, verb: string, data: Record<string, unknown>) {
  return { ...envelope(who, 'invoke'), name: 'adaptiveCard/action', replyToId, value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } };
}

/** A Teams 1:1 file attachment (file.download.info) pointing at `downloadUrl`. */
export function fileAttachment(name: string, downloadUrl: string, size?: number) {
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
  return { contentType: 'application/vnd.microsoft.teams.file.download.info', name, content: { downloadUrl, uniqueId: randomUUID(), fileType: ext, size } };
}
