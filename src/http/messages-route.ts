import express, { Router, type Response } from 'express';
import type { TurnContext } from 'botbuilder';
import { describeInvalidActivity } from '../bot/activity-schema';
import type { AuthenticatedRequest, BotAdapter } from '../bot/create-adapter';
import { serviceUrlProblem } from '../bot/service-url';
import type { Logger } from '../core/logger';

export interface MessagesRouteDeps {
  adapter: Pick<BotAdapter, 'authenticate' | 'processAuthenticated'>;
  run: (context: TurnContext) => Promise<unknown>;
  logger: Logger;
  /** Whether the bot has a registration (tokens are validated); decides which service URLs are accepted. */
  authenticated: boolean;
  /** How long token validation may take (it may fetch the identity metadata). */
  authTimeoutMs?: number;
  /** The largest accepted activity (default 2 MB). */
  maxBodyBytes?: number;
}

const reject = (res: Response, status: number, code: string, message: string) => void res.status(status).json({ error: { code, message } });

/**
 * POST /api/messages: validates the activity shape and its service URL, authenticates it (a token that cannot be
 * validated, for whatever reason, is a 401 with nothing sent), then runs the turn.
 */
export function createMessagesRoute(deps: MessagesRouteDeps): Router {
  const router = Router();
  router.post('/api/messages', express.json({ limit: deps.maxBodyBytes ?? 2_000_000 }), async (req, res) => {
    const problem = describeInvalidActivity(req.body);
    if (problem) {
      deps.logger.warn({ problem }, 'invalid activity rejected');
      return reject(res, 400, 'BAD_REQUEST', `invalid activity: ${problem}`);
    }
    const urlProblem = serviceUrlProblem(req.body.serviceUrl, deps.authenticated);
    if (urlProblem) {
      deps.logger.warn({ problem: urlProblem }, 'activity refused: service URL');
      return reject(res, 403, 'FORBIDDEN', urlProblem);
    }
    // Timestamps as Date, as botbuilder's own process() leaves them.
    for (const field of ['timestamp', 'localTimestamp', 'expiration'] as const) {
      if (typeof req.body[field] === 'string') req.body[field] = new Date(req.body[field]);
    }
    let auth: AuthenticatedRequest;
    try {
      auth = await withTimeout(deps.adapter.authenticate(req.body, String(req.headers.authorization ?? '')), deps.authTimeoutMs ?? 15_000);
    } catch (err) {
      deps.logger.warn({ err: (err as Error).message }, 'activity refused: authentication failed');
      return reject(res, 401, 'UNAUTHORIZED', 'not authenticated');
    }
    const invokeResponse = await deps.adapter.processAuthenticated(auth, req.body, async (context) => {
      await deps.run(context);
    });
    res.status(invokeResponse?.status ?? 200);
    if (invokeResponse?.body !== undefined) res.send(invokeResponse.body);
    res.end();
  });
  return router;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, rej) => {
    timer = setTimeout(() => rej(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
