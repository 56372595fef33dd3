import fs from 'node:fs';
import path from 'node:path';
import type { KnowledgeSourceRepository } from '../store/types';
import { indexedName } from './source-format';

/**
 * The uploaded sources as files the index build reads: each stored file is written once under `<dir>/<time>-<id>/` (so its
 * size and time, which the index fingerprint reads, stay put), files no longer stored are removed. Resolves with the
 * paths to index beside KNOWLEDGE_PATHS: the folder, or none when nothing was uploaded.
 */
export function createUploadedFiles(deps: { sources: Pick<KnowledgeSourceRepository, 'list' | 'content'>; dir: string }) {
  let written: string[] | undefined;
  const paths = async (): Promise<string[]> => {
    const records = await deps.sources.list();
    await fs.promises.mkdir(deps.dir, { recursive: true });
    // Folders named by upload time, so the build reads uploads in order: a later Pháp điển update supersedes.
    const folder = (r: (typeof records)[number]) => `${r.uploadedAt.toISOString().replace(/[-:.]/g, '')}-${r.id}`;
    const wanted = new Set(records.map(folder));
    for (const name of await fs.promises.readdir(deps.dir)) {
      if (!wanted.has(name)) await fs.promises.rm(path.join(deps.dir, name), { recursive: true, force: true });
    }
    for (const r of records) {
      const file = path.join(deps.dir, folder(r), indexedName(r.fileName));
      const stat = await fs.promises.stat(file).catch(() => undefined);
      if (stat?.size === r.bytes) continue;
      const content = await deps.sources.content(r.id);
      if (!content) throw new Error(`knowledge source ${r.id} has no content in the store`);
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      const tmp = path.join(deps.dir, `.${r.id}.tmp`);
      await fs.promises.writeFile(tmp, content);
      await fs.promises.rename(tmp, file);
    }
    written = records.map((r) => r.id).sort();
    return records.length ? [deps.dir] : [];
  };
  /** The ids of the sources last handed to a load (undefined before any), to notice uploads made elsewhere. */
  return { paths, lastIds: () => written };
}
