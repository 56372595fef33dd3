import { Router } from 'express';
import type { Metrics } from '../observability/metrics';

/** GET /metrics: Prometheus text format. Keep it on the internal network, like /admin and the health routes. */
export function createMetricsRoute(metrics: Metrics): Router {
  const router = Router();
  router.get('/metrics', async (_req, res) => {
    const { contentType, body } = await metrics.scrape();
    res.setHeader('content-type', contentType);
    res.send(body);
  });
  return router;
}
