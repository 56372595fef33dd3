import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError } from '../core/app-error';
import type { Logger } from '../core/logger';

/** The one HTTP error handler: JSON with a code for operators, no stack traces, nothing of the request body. */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const bodyParse = (err as { type?: string }).type === 'entity.parse.failed';
    const tooLarge = (err as { type?: string }).type === 'entity.too.large';
    let status = 500;
    let code = 'INTERNAL';
    let message = 'internal error';
    if (bodyParse) [status, code, message] = [400, 'BAD_REQUEST', 'request body is not valid JSON'];
    else if (tooLarge) [status, code, message] = [413, 'PAYLOAD_TOO_LARGE', 'request body too large'];
    else if (AppError.isInstance(err)) [status, code, message] = [err.status, err.code, err.message];
    if (status >= 500) logger.error({ err: (err as Error).message, stack: (err as Error).stack, path: req.path }, 'request failed');
    else logger.warn({ code, path: req.path }, 'request rejected');
    if (res.headersSent) return res.end();
    res.status(status).json({ error: { code, message } });
  };
}

/** 404 for unknown routes, as JSON. */
export const notFound: RequestHandler = (_req, res) => {
  res.status(404).json({ error: { code: 'NOT_FOUND', message: 'no such route' } });
};
