import fs from 'node:fs';
import path from 'node:path';
import { replaceFileAtomically } from '../atomic-file';
import type { KnowledgeSourceRecord, KnowledgeSourceRepository } from '../types';
import type { JsonlCollection } from './jsonl-collection';

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Uploaded knowledge sources: the records in a collection, each file's bytes in `<dir>/<id>` (files can be megabytes;
 * the collection stays small enough to keep in memory). The file is on disk before its record is.
 */
export function embeddedKnowledgeSources(col: JsonlCollection<KnowledgeSourceRecord>, dir: string): KnowledgeSourceRepository {
  const fileOf = (id: string) => {
    if (!SAFE_ID.test(id)) throw new Error(`invalid knowledge source id: ${id}`);
    return path.join(dir, id);
  };
  return {
    add: async (record, content) => {
      if (col.has(record.id)) return;
      const file = fileOf(record.id);
      await fs.promises.mkdir(dir, { recursive: true });
      await replaceFileAtomically(file, content);
      await col.put(record.id, record);
    },
    list: async () => col.values().sort((a, b) => a.uploadedAt.getTime() - b.uploadedAt.getTime() || a.id.localeCompare(b.id)),
    content: async (id) => {
      if (!col.has(id)) return undefined;
      return fs.promises.readFile(fileOf(id));
    },
    remove: async (id) => {
      if (!col.has(id)) return false;
      await col.delete([id]);
      await fs.promises.rm(fileOf(id), { force: true });
      return true;
    },
  };
}
