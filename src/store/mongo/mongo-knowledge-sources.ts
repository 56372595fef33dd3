import { Binary, type Collection } from 'mongodb';
import type { KnowledgeSourceRecord, KnowledgeSourceRepository } from '../types';
import { isDuplicateKey } from './mongo-connect';
import { fromDoc, toDoc, type StoredDoc } from './mongo-docs';

/**
 * Uploaded knowledge sources: records in `knowledge_sources`, each file's bytes in `knowledge_files` under the same
 * `_id` (one document per file: uploads stay under the 16 MB document limit). The file is written before its record.
 */
export function mongoKnowledgeSources(records: Collection<StoredDoc>, files: Collection<StoredDoc>): KnowledgeSourceRepository {
  const insertOnce = async (col: Collection<StoredDoc>, doc: StoredDoc) => {
    try {
      await col.insertOne(doc);
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
    }
  };
  return {
    add: async (record, content) => {
      await insertOnce(files, { _id: record.id, content: new Binary(content) });
      await insertOnce(records, toDoc(record));
    },
    list: async () => (await records.find({}).sort({ uploadedAt: 1, _id: 1 }).toArray()).map((d) => fromDoc<KnowledgeSourceRecord>(d)),
    content: async (id) => {
      if (!(await records.findOne({ _id: id }, { projection: { _id: 1 } }))) return undefined;
      const doc = await files.findOne({ _id: id });
      const bin = doc?.content as Binary | undefined;
      return bin ? Buffer.from(bin.buffer) : undefined;
    },
    remove: async (id) => {
      const removed = (await records.deleteOne({ _id: id })).deletedCount > 0;
      await files.deleteOne({ _id: id });
      return removed;
    },
  };
}
