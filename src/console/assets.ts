import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Router } from 'express';

interface Asset {
  body: Buffer;
  type: string;
  version: string;
}

// The console's own files sit beside this module in src/console/assets (also when running from dist/).
function ownAssetsDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'src', 'console', 'assets');
    if (fs.existsSync(path.join(candidate, 'console.css'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error('console assets not found (src/console/assets)');
  }
}

const SOURCES: Record<string, () => string> = {
  'console.css': () => path.join(ownAssetsDir(), 'console.css'),
  'console.js': () => path.join(ownAssetsDir(), 'console.js'),
  'console-teams.js': () => path.join(ownAssetsDir(), 'console-teams.js'),
  // The Teams JS SDK (MIT), for the tab's single sign-on: served by the service, never from Microsoft's CDN.
  'MicrosoftTeams.min.js': () => require.resolve('@microsoft/teams-js'),
  // Chart.js (MIT), bundled from node_modules: served by the service itself, never from a CDN.
  'chart.umd.min.js': () => path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js'),
};
const TYPES: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

let loaded: Map<string, Asset> | undefined;
function assets(): Map<string, Asset> {
  if (loaded) return loaded;
  loaded = new Map();
  for (const [name, locate] of Object.entries(SOURCES)) {
    const body = fs.readFileSync(locate());
    loaded.set(name, { body, type: TYPES[path.extname(name)], version: createHash('sha256').update(body).digest('hex').slice(0, 12) });
  }
  return loaded;
}

/** The URL of a console asset with its content hash, so browsers may cache it for good. */
export function assetUrl(name: keyof typeof SOURCES): string {
  return `/console/assets/${name}?v=${assets().get(name)!.version}`;
}

/** GET /console/assets/<name>: the stylesheet, the script and the chart library, read once into memory. */
export function createAssetsRouter(): Router {
  const router = Router();
  router.get('/console/assets/:name', (req, res) => {
    const a = assets().get(String(req.params.name));
    if (!a) return void res.status(404).type('text/plain').send('not found');
    res.set({ 'Content-Type': a.type, 'Cache-Control': 'public, max-age=31536000, immutable', 'X-Content-Type-Options': 'nosniff' });
    res.send(a.body);
  });
  return router;
}
