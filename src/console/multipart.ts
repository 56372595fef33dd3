import express, { type Request, type RequestHandler, type Response } from 'express';

/** One uploaded file of a multipart form. */
export interface UploadedFile {
  name: string;
  content: Buffer;
}

/** The files a multipart form carried, by field name (set by `multipartForm`). */
export const uploadedFiles = (res: Response): Map<string, UploadedFile> => (res.locals.uploads as Map<string, UploadedFile> | undefined) ?? new Map();

const isMultipart = (req: Request) => req.method === 'POST' && (req.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');

/**
 * Reads a multipart/form-data POST to one of `paths` (at most `maxBytes`) before the anti-CSRF check, which then finds
 * the `_csrf` field as in any form: text fields go to req.body, files to `uploadedFiles(res)`. A body over the limit is
 * not read: `onTooLarge` answers (changing nothing). The parsing is the platform's own (undici's FormData).
 */
export function multipartForm(opts: { paths: string[]; maxBytes: number; onTooLarge: (req: Request, res: Response) => void }): RequestHandler {
  const raw = express.raw({ type: 'multipart/form-data', limit: opts.maxBytes });
  return (req, res, next) => {
    if (!isMultipart(req) || !opts.paths.includes(req.path)) return next();
    const length = Number(req.get('content-length') ?? 0);
    if (length > opts.maxBytes) {
      // Answer once a modest excess is read (clients see the page, not a reset connection); a huge one is cut off.
      if (length > 4 * opts.maxBytes) {
        res.set('Connection', 'close');
        return opts.onTooLarge(req, res);
      }
      req.on('end', () => opts.onTooLarge(req, res)).resume();
      return;
    }
    raw(req, res, (err?: unknown) => {
      if ((err as { type?: string } | undefined)?.type === 'entity.too.large') return opts.onTooLarge(req, res);
      if (err) return next(err);
      const body = req.body as unknown;
      if (!Buffer.isBuffer(body)) return next();
      new Response(body, { headers: { 'content-type': req.get('content-type')! } }).formData().then(async (form) => {
        const fields: Record<string, string> = {};
        const files = new Map<string, UploadedFile>();
        for (const [key, value] of form) {
          if (typeof value === 'string') fields[key] ??= value;
          else if (!files.has(key) && value.name) files.set(key, { name: value.name, content: Buffer.from(await value.arrayBuffer()) });
        }
        req.body = fields;
        res.locals.uploads = files;
        next();
      }, () => {
        // A malformed body: no fields, so the anti-CSRF check refuses it.
        req.body = {};
        next();
      });
    });
  };
}
