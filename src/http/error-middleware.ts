import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError } from '../core/app-error';
import type { Logger } from '../core/logger';

/** body-parser's errors that describe the request, not the service: answered with their own 4xx status. */
const REQUEST_ERRORS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'BAD_REQUEST', 'request body is not valid JSON'],
  'entity.too.large': [413, 'PAYLOAD_TOO_LARGE', 'request body too large'],
  'charset.unsupported': [415, 'UNSUPPORTED', 'unsupported charset'],
  'encoding.unsupported': [415, 'UNSUPPORTED', 'unsupported content encoding'],
  'request.size.invalid': [400, 'BAD_REQUEST', 'request size did not match content length'],
  'request.aborted': [400, 'BAD_REQUEST', 'request aborted'],
  'entity.verify.failed': [403, 'FORBIDDEN', 'request body refused'],
  'parameters.too.many': [413, 'PAYLOAD_TOO_LARGE', 'too many parameters'],
};

/** The one HTTP error handler: JSON with a code for operators, no stack traces, nothing of the request body. */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const known = REQUEST_ERRORS[(err as { type?: string }).type ?? ''];
    const clientStatus = (err as { status?: unknown; expose?: unknown }).expose === true ? Number((err as { status?: unknown }).status) : NaN;
    let status = 500;
    let code = 'INTERNAL';
    let message = 'internal error';
    if (known) [status, code, message] = known;
    else if (AppError.isInstance(err)) [status, code, message] = [err.status, err.code, err.message];
    // Any other error that describes a bad request (http-errors with expose) stays a 4xx, with a generic message.
    else if (clientStatus >= 400 && clientStatus < 500) [status, code, message] = [clientStatus, 'BAD_REQUEST', 'bad request'];
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
