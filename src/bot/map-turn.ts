import type { Activity } from 'botbuilder';
import type { ConversationType } from '../store/types';
import type { InboundAttachment, Turn } from '../turns/types';

const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

/** Maps Teams' conversationType to ours (personal chats arrive as "personal" or without a type). */
export function conversationTypeOf(activity: Partial<Activity>): ConversationType {
  const t = activity.conversation?.conversationType;
  if (t === 'channel') return 'channel';
  if (t === 'groupChat' || activity.conversation?.isGroup) return 'groupChat';
  return 'personal';
}

/** True when the activity @mentions the bot (the recipient). */
export function mentionsBot(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return (activity.entities ?? []).some(
    (e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === botId,
  );
}

/** Teams file attachments (1:1 chat) and plain file attachments; formatting copies (text/html) are ignored. */
function mapAttachments(activity: Partial<Activity>): InboundAttachment[] {
  const out: InboundAttachment[] = [];
  const source = { channel: activity.channelId ?? 'unknown', serviceUrl: activity.serviceUrl };
  for (const a of activity.attachments ?? []) {
    if (a.contentType === FILE_DOWNLOAD_INFO) {
      const content = (a.content ?? {}) as { downloadUrl?: string; fileType?: string; size?: number };
      out.push({ name: a.name ?? `file.${content.fileType ?? 'bin'}`, contentType: a.contentType, url: content.downloadUrl, size: content.size, source });
    } else if (a.contentUrl && a.contentType !== 'text/html' && !a.contentType.startsWith('application/vnd.microsoft.card')) {
      out.push({ name: a.name ?? 'file', contentType: a.contentType, url: a.contentUrl, source });
    }
  }
  return out;
}

/** Who sent an activity, as the stores know people: the Entra object id, else the channel id. */
export function senderIdOf(activity: Partial<Activity>): string {
  return activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown';
}

/** The Teams tenant of an activity (channel data first, as Teams sends it). */
export function tenantIdOf(activity: Partial<Activity>): string | undefined {
  return (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? activity.conversation?.tenantId;
}

/** Maps a Teams message activity (mention already stripped) to the channel-neutral Turn. */
export function mapActivityToTurn(activity: Partial<Activity>, turnId: string): Turn {
  const from = activity.from ?? { id: 'unknown', name: '' };
  return {
    id: turnId,
    user: { id: from.id, aadObjectId: from.aadObjectId, name: from.name },
    tenantId: tenantIdOf(activity),
    conversation: { id: activity.conversation?.id ?? 'unknown', type: conversationTypeOf(activity) },
    text: (activity.text ?? '').trim(),
    attachments: mapAttachments(activity),
    value: activity.value,
    activityId: activity.id,
  };
}
