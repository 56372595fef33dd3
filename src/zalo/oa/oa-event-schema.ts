import { z } from 'zod';
import type { ZaloEventKind } from '../update-schema';

const id = z.union([z.string().trim().min(1).max(128), z.number().int()]).transform(String);

/** An OA webhook event (user_send_text and its siblings); other events pass with the fields they share. */
export const oaEventSchema = z.object({
  app_id: id,
  event_name: z.string().min(1).max(128),
  timestamp: z.union([z.string().regex(/^\d+$/), z.number().int()]).transform(String),
  sender: z.object({ id }).passthrough().optional(),
  recipient: z.object({ id }).passthrough().optional(),
  message: z.object({ msg_id: id, text: z.string().max(20_000).optional() }).passthrough().optional(),
  user_id_by_app: id.optional(),
}).passthrough();

export type OaEvent = z.output<typeof oaEventSchema>;

/** The kind of a message a user sent to the OA; undefined for events that are not a user's message. */
export function oaMessageKind(eventName: string): ZaloEventKind | undefined {
  if (eventName === 'user_send_text') return 'text';
  if (eventName === 'user_send_image') return 'image';
  if (eventName === 'user_send_sticker') return 'sticker';
  if (eventName.startsWith('user_send_')) return 'unsupported';
  return undefined;
}
