import { z } from 'zod';

// Teams sends the comment as a JSON string '{"feedbackText":"…"}'; an object is accepted too (teams-ai may have parsed it).
const commentObject = z.object({ feedbackText: z.string().max(5000).optional() }).passthrough();

const feedbackField = z
  .union([z.string().max(20000), commentObject, z.null()])
  .optional()
  .transform((v, ctx): string | undefined => {
    if (v === undefined || v === null || v === '') return undefined;
    let obj: unknown = v;
    if (typeof v === 'string') {
      try {
        obj = JSON.parse(v);
      } catch {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'feedback must be a JSON string like {"feedbackText":"…"}' });
        return z.NEVER;
      }
    }
    const parsed = commentObject.safeParse(obj);
    if (!parsed.success) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'feedback JSON must be an object with a string feedbackText' });
      return z.NEVER;
    }
    const text = parsed.data.feedbackText?.trim();
    return text ? text : undefined;
  });

/** The plain data of a like/dislike: Teams' native feedback loop or the Adaptive Card fallback. */
export const feedbackInputSchema = z
  .object({
    reaction: z.enum(['like', 'dislike']),
    feedback: feedbackField,
    /** The answer's activity id (Teams' replyToId); either name is accepted. */
    answerId: z.string().trim().min(1).max(512).optional(),
    replyToId: z.string().trim().min(1).max(512).optional(),
    userId: z.string().trim().min(1).max(256),
    upn: z.string().trim().min(1).max(320).optional(),
    conversationType: z.enum(['personal', 'groupChat', 'channel']).optional(),
    tenantId: z.string().max(256).optional(),
    channel: z.enum(['teams', 'zalo', 'zalo-oa']).optional(),
  })
  .refine((v) => v.answerId || v.replyToId, { message: 'answerId (or replyToId) is required', path: ['answerId'] })
  .transform(({ replyToId, answerId, feedback, ...rest }) => ({ ...rest, answerId: (answerId ?? replyToId) as string, comment: feedback }));

export type FeedbackInput = z.input<typeof feedbackInputSchema>;
export type ParsedFeedback = z.output<typeof feedbackInputSchema>;
