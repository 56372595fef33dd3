import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { z } from 'zod';
import type { Logger } from '../core/logger';
import type { OutboundFile } from '../turns/types';
import { format, messages } from '../messages';
import { senderIdOf } from './map-turn';
import type { FileUploader } from './file-upload';
import type { PendingFiles } from './pending-files';

export { createPendingFiles, type PendingFiles } from './pending-files';

export type { FileUploader } from './file-upload';

/*
 * Files for the user (the notebook's .docx biên bản) in a Teams 1:1 chat: a bot cannot attach bytes to a message
 * there. It sends a FileConsentCard; when the user allows, Teams gives an upload URL in the user's OneDrive, the bot
 * PUTs the file there and sends a file card pointing at it. Until then the file waits in the store (pending-files.ts).
 */
const FILE_CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
const FILE_INFO = 'application/vnd.microsoft.teams.card.file.info';
const m = messages.fileConsent;

/** The message offering a file: the reply's text and a FileConsentCard. */
export function fileConsentActivity(text: string, file: OutboundFile, uploadId: string): Partial<Activity> {
  const content = { description: format(m.description, { name: file.name }), sizeInBytes: file.content.length, acceptContext: { uploadId }, declineContext: { uploadId } };
  return { type: 'message', text, attachments: [{ contentType: FILE_CONSENT, name: file.name, content }] };
}

const consentSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('accept'),
    context: z.object({ uploadId: z.string().min(1) }),
    uploadInfo: z.object({ name: z.string().min(1), uploadUrl: z.string().url(), contentUrl: z.string().url(), uniqueId: z.string().optional(), fileType: z.string().optional() }),
  }),
  z.object({ action: z.literal('decline'), context: z.object({ uploadId: z.string().min(1) }) }),
]);

const isConsentInvoke = (ctx: TurnContext) => ctx.activity.type === ActivityTypes.Invoke && ctx.activity.name === 'fileConsent/invoke';

/** Handles the user's answer to a FileConsentCard: upload and confirm, or drop the file. Malformed invokes get a 400. */
export function registerFileConsentRoutes(app: Application<TurnState>, deps: { pending: PendingFiles; upload: FileUploader; logger: Logger }): void {
  app.addRoute(
    async (ctx) => isConsentInvoke(ctx) && !consentSchema.safeParse(ctx.activity.value).success,
    async (ctx) => {
      deps.logger.warn('malformed file consent invoke rejected');
      await ctx.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400, body: { error: 'malformed file consent' } } });
    },
    true,
  );

  app.fileConsentAccept(async (ctx) => {
    const value = consentSchema.parse(ctx.activity.value);
    if (value.action !== 'accept') return;
    const file = await deps.pending.take(value.context.uploadId, senderIdOf(ctx.activity));
    if (!file) return void (await ctx.sendActivity({ type: 'message', text: m.expired }));
    const { uploadUrl, contentUrl, name, uniqueId, fileType } = value.uploadInfo;
    try {
      await deps.upload(uploadUrl, file, { channel: ctx.activity.channelId, serviceUrl: ctx.activity.serviceUrl });
    } catch (err) {
      deps.logger.warn({ err: (err as Error).message }, 'file upload to OneDrive failed');
      return void (await ctx.sendActivity({ type: 'message', text: m.failed }));
    }
    deps.logger.info({ bytes: file.content.length }, 'file uploaded to OneDrive');
    await ctx.sendActivity({
      type: 'message',
      text: format(m.uploaded, { name }),
      attachments: [{ contentType: FILE_INFO, name, contentUrl, content: { uniqueId, fileType } }],
    });
  });

  app.fileConsentDecline(async (ctx) => {
    const value = consentSchema.parse(ctx.activity.value);
    await deps.pending.take(value.context.uploadId, senderIdOf(ctx.activity));
    await ctx.sendActivity({ type: 'message', text: m.declined });
  });
}
