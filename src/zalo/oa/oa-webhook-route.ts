import express, { Router } from 'express';
import type { Logger } from '../../core/logger';
import type { ZaloInbound } from '../outbound';
import type { UpdateOutcome } from '../zalo-message-handler';
import { verifyOaSignature } from './oa-signature';
import { oaEventSchema, oaMessageKind } from './oa-event-schema';

/** The header Zalo signs OA webhook events in. */
export const OA_SIGNATURE_HEADER = 'x-zevent-signature';

/**
 * POST /api/zalo-oa: the OA API v3 webhook. The body is read raw, because the signature covers its exact bytes: a
 * missing or wrong X-ZEvent-Signature (SHA-256 of app id + body + timestamp + OA secret key), or another app's event,
 * is a 401 and nothing is handled. Events that are not a user's message are acknowledged and ignored.
 */
export function createOaWebhookRoute(deps: { appId: string; oaSecretKey: string; handle: (message: ZaloInbound) => Promise<UpdateOutcome>; logger: Logger }): Router {
  const router = Router();
  router.post('/api/zalo-oa', express.text({ type: () => true, limit: '1mb' }), async (req, res) => {
    const raw = typeof req.body === 'string' ? req.body : '';
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      json = undefined;
    }
    const parsed = oaEventSchema.safeParse(json);
    const signed = parsed.success
      && parsed.data.app_id === deps.appId
      && verifyOaSignature(req.get(OA_SIGNATURE_HEADER), { appId: deps.appId, rawBody: raw, timestamp: parsed.data.timestamp, oaSecretKey: deps.oaSecretKey });
    if (!signed) {
      deps.logger.warn('zalo oa webhook refused: missing or wrong signature');
      return void res.status(401).json({ error: { code: 'UNAUTHORIZED', message: 'not authenticated' } });
    }
    const event = parsed.data;
    const kind = oaMessageKind(event.event_name);
    if (!kind || !event.sender || !event.message) return void res.json({ ok: true });
    let outcome: UpdateOutcome;
    try {
      outcome = await deps.handle({
        messageId: event.message.msg_id,
        userId: event.sender.id,
        // The OA answers a person 1:1: the chat is the person.
        chatId: event.sender.id,
        group: false,
        kind,
        text: event.message.text ?? '',
      });
    } catch (e) {
      // Not the sender's fault (the store is unreachable, say): a 503 makes Zalo retry the event later.
      deps.logger.error({ event: event.event_name, err: (e as Error).message }, 'zalo oa event failed; Zalo will retry it');
      return void res.status(503).json({ error: { code: 'UNAVAILABLE', message: 'try again later' } });
    }
    deps.logger.info({ event: event.event_name, outcome }, 'zalo oa event handled');
    res.json({ ok: true });
  });
  return router;
}
