import { Router } from 'express';

/**
 * What /readyz checks: each probe resolves when its component is ready. `degraded` marks a component whose failure
 * leaves the instance serving (the database behind the outbox): reported, but the instance stays ready.
 */
export type ReadinessProbe = () => Promise<{ ok: boolean; detail?: string; degraded?: boolean }>;

/** GET /healthz (process alive) and GET /readyz (ready, degraded or not ready, with each component's state). */
export function createHealthRoutes(probes: Record<string, ReadinessProbe>): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const checks: Record<string, { ok: boolean; detail?: string; degraded?: boolean }> = {};
    await Promise.all(
      Object.entries(probes).map(async ([name, probe]) => {
        try {
          checks[name] = await probe();
        } catch (err) {
          checks[name] = { ok: false, detail: (err as Error).message };
        }
      }),
    );
    const failing = Object.values(checks).filter((c) => !c.ok);
    const ready = failing.every((c) => c.degraded);
    res.status(ready ? 200 : 503).json({ status: !ready ? 'not_ready' : failing.length ? 'degraded' : 'ready', checks });
  });
  return router;
}
