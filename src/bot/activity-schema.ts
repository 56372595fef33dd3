import { z } from 'zod';

const account = z.object({ id: z.string().min(1), name: z.string().optional(), aadObjectId: z.string().optional() }).passthrough();

/** The minimum shape of an inbound Bot Framework activity; anything else is answered 400. */
export const inboundActivitySchema = z
  .object({
    type: z.string().min(1),
    id: z.string().optional(),
    channelId: z.string().min(1),
    serviceUrl: z.string().url(),
    from: account,
    recipient: account,
    conversation: z.object({ id: z.string().min(1), conversationType: z.string().optional(), tenantId: z.string().optional() }).passthrough(),
    text: z.string().optional(),
    attachments: z.array(z.object({ contentType: z.string() }).passthrough()).optional(),
    entities: z.array(z.object({ type: z.string() }).passthrough()).optional(),
    channelData: z.record(z.unknown()).optional(),
  })
  .passthrough();

/** Returns a one-line description of what is wrong with an inbound activity, or undefined when it is usable. */
export function describeInvalidActivity(body: unknown): string | undefined {
  const result = inboundActivitySchema.safeParse(body);
  if (result.success) return undefined;
  return result.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}
