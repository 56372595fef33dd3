import { Router } from 'express';

/** What /readyz checks: each probe resolves when its component is ready. */
export type ReadinessProbe = () => Promise<{ ok: boolean; detail?: string }>;

/** GET /healthz (process alive) and GET /readyz (stores and knowledge loaded). */
export function createHealthRoutes(probes: Record<string, ReadinessProbe>): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const checks: Record<string, { ok: boolean; detail?: string }> = {};
    await Promise.all(
      Object.entries(probes).map(async ([name, probe]) => {
        try {
          checks[name] = await probe();
        } catch (err) {
          checks[name] = { ok: false, detail: (err as Error).message };
        }
      }),
    );
    const ok = Object.values(checks).every((c) => c.ok);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'not_ready', checks });
  });
  return router;
}
