import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

const storage = new AsyncLocalStorage<{ requestId: string }>();

/** The request id of the work in progress, for log lines (undefined outside a request). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

const VALID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every request an id: the reverse proxy's `X-Request-Id` when it sends a well-formed one (so one id follows a
 * request through the proxy and whichever instance served it), else a new one; echoed in the response, and added to
 * every log line written while the request is handled.
 */
export const requestContext: RequestHandler = (req, res, next) => {
  const given = req.get('x-request-id');
  const requestId = given && VALID.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', requestId);
  storage.run({ requestId }, next);
};
