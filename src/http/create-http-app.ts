import express, { type Router } from 'express';
import type { Logger } from '../core/logger';
import { errorMiddleware, notFound } from './error-middleware';
import type { InFlightTracker } from './in-flight';
import { requestContext } from '../observability/request-context';

/** Assembles the express app from routers; the error handler comes last. */
export function createHttpApp(deps: { routers: Router[]; inFlight: InFlightTracker; logger: Logger }): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestContext);
  app.use(deps.inFlight.middleware);
  for (const r of deps.routers) app.use(r);
  app.use(notFound);
  app.use(errorMiddleware(deps.logger));
  return app;
}
