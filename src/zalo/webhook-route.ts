import express, { Router } from 'express';
import type { Logger } from '../core/logger';
import { secretMatches } from './secret';
import { eventKindOf, zaloUpdateSchema, type ZaloUpdate } from './update-schema';
import type { UpdateOutcome } from './zalo-message-handler';
import type { ZaloInbound } from './outbound';

/** The header the Zalo Bot Platform sends the webhook's secret token in. */
export const SECRET_HEADER = 'x-bot-api-secret-token';

/**
 * POST /api/zalo: the Zalo Bot Platform webhook. Without the exact secret token the request is a 401 and nothing of
 * it is read further; a malformed update is a 400. The update is handled before the 200, so a platform retry of a slow
 * answer finds the message id already taken and is answered at once; an update that failed before anything reached
 * the person is a 503, and its retry is handled.
 */
export function createZaloWebhookRoute(deps: { secret: string; handle: (message: ZaloInbound) => Promise<UpdateOutcome>; logger: Logger }): Router {
  const router = Router();
  router.post(
    '/api/zalo',
    (req, res, next) => {
      // Checked before the body is parsed: an unauthenticated sender costs nothing and leaves nothing.
      if (!secretMatches(req.get(SECRET_HEADER), deps.secret)) {
        deps.logger.warn('zalo webhook refused: wrong or missing secret token');
        return void res.status(401).json({ error: { code: 'UNAUTHORIZED', message: 'not authenticated' } });
      }
      next();
    },
    express.json({ limit: '1mb' }),
    async (req, res) => {
      const parsed = zaloUpdateSchema.safeParse(req.body);
      if (!parsed.success) {
        // Paths only: the body may hold a person's message.
        deps.logger.warn({ issues: parsed.error.issues.map((i) => i.path.join('.')).slice(0, 5) }, 'zalo webhook: invalid update');
        return void res.status(400).json({ error: { code: 'BAD_REQUEST', message: 'invalid update' } });
      }
      let outcome: UpdateOutcome;
      try {
        outcome = await deps.handle(inboundOf(parsed.data));
      } catch (e) {
        // Not the sender's fault (the store is unreachable, say): a 503 makes the platform retry the update later.
        deps.logger.error({ event: parsed.data.event_name, err: (e as Error).message }, 'zalo update failed; the platform will retry it');
        return void res.status(503).json({ error: { code: 'UNAVAILABLE', message: 'try again later' } });
      }
      deps.logger.info({ event: parsed.data.event_name, outcome }, 'zalo update handled');
      res.json({ ok: true });
    },
  );
  return router;
}

/** A Bot Platform update as the channel-neutral Zalo message. */
export function inboundOf(update: ZaloUpdate): ZaloInbound {
  const m = update.message;
  return {
    messageId: m.message_id,
    userId: m.from.id,
    userName: m.from.display_name ?? m.from.name,
    chatId: m.chat.id,
    group: m.chat.chat_type === 'GROUP',
    kind: eventKindOf(update),
    text: m.text ?? '',
  };
}
