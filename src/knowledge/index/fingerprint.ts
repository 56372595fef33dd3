import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Fingerprint of the sources (path + size + mtime of each file): unchanged sources reuse the saved index. */
export function fingerprintSources(files: string[], version: string): string {
  const h = crypto.createHash('sha256').update(version);
  for (const f of files) {
    const s = fs.statSync(f);
    h.update(`\n${f}\t${s.size}\t${Math.round(s.mtimeMs)}`);
  }
  return h.digest('hex');
}

/** Where the index of a set of source paths lives: one file per path set under `<dataDir>/index/`. */
export function indexFileFor(dataDir: string, paths: string[]): string {
  const key = crypto.createHash('sha256').update(paths.map((p) => path.resolve(p)).sort().join('\n')).digest('hex').slice(0, 16);
  return path.join(dataDir, 'index', `${key}.idx`);
}
