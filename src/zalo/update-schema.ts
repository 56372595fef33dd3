import { z } from 'zod';

// Ids arrive as strings in the platform's documentation and as numbers in some SDKs' samples.
const id = z.union([z.string().trim().min(1).max(128), z.number().int()]).transform(String);

const message = z.object({
  message_id: id,
  from: z.object({ id, display_name: z.string().max(256).optional(), name: z.string().max(256).optional(), is_bot: z.boolean().optional() }).passthrough(),
  chat: z.object({ id, chat_type: z.enum(['PRIVATE', 'GROUP']).default('PRIVATE') }).passthrough(),
  date: z.number().optional(),
  text: z.string().max(20_000).optional(),
  photo: z.string().max(4096).optional(),
  photo_url: z.string().max(4096).optional(),
  caption: z.string().max(20_000).optional(),
  sticker: z.string().max(1024).optional(),
}).passthrough();

const bareUpdate = z.object({ event_name: z.string().min(1).max(128), message }).passthrough();

/** One Zalo Bot Platform update, bare or wrapped as `{ok, result}` (the platform's documentation and SDKs differ). */
export const zaloUpdateSchema = z.union([
  bareUpdate,
  z.object({ ok: z.boolean().optional(), result: bareUpdate }).transform((w) => w.result),
]);

export type ZaloUpdate = z.output<typeof bareUpdate>;
export type ZaloMessage = ZaloUpdate['message'];

/** What kind of message an update carries; anything else is "unsupported". */
export type ZaloEventKind = 'text' | 'image' | 'sticker' | 'unsupported';

/** The kind of an update, from its event name ("message.text.received", …). */
export function eventKindOf(update: ZaloUpdate): ZaloEventKind {
  switch (update.event_name) {
    case 'message.text.received':
      return 'text';
    case 'message.image.received':
      return 'image';
    case 'message.sticker.received':
      return 'sticker';
    default:
      return 'unsupported';
  }
}
