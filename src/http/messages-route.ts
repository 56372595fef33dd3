import express, { Router } from 'express';
import type { TurnContext } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import { describeInvalidActivity } from '../bot/activity-schema';
import type { Logger } from '../core/logger';

/** POST /api/messages: validates the activity shape, then hands it to the Bot Framework adapter. */
export function createMessagesRoute(deps: { adapter: TeamsAdapter; run: (context: TurnContext) => Promise<unknown>; logger: Logger }): Router {
  const router = Router();
  router.post('/api/messages', express.json({ limit: '2mb' }), async (req, res) => {
    const problem = describeInvalidActivity(req.body);
    if (problem) {
      deps.logger.warn({ problem }, 'invalid activity rejected');
      res.status(400).json({ error: { code: 'BAD_REQUEST', message: `invalid activity: ${problem}` } });
      return;
    }
    await deps.adapter.process(req, res, async (context) => {
      await deps.run(context);
    });
  });
  return router;
}
