import type { Collection, Document } from 'mongodb';
import type { Appeal, AppealRepository } from '../types';
import { isDuplicateKey } from './mongo-connect';
import { fromDoc, toDoc, type StoredDoc } from './mongo-docs';
import { timeFilter } from './mongo-records';

/** Appeals (`_id` = appeal id); a review is one conditional update, so only one of two racing reviewers wins. */
export function mongoAppeals(col: Collection<StoredDoc>): AppealRepository {
  return {
    add: async (appeal) => {
      try {
        await col.insertOne(toDoc(appeal));
      } catch (e) {
        if (!isDuplicateKey(e)) throw e;
      }
    },
    get: async (id) => {
      const doc = await col.findOne({ _id: id });
      return doc ? fromDoc<Appeal>(doc) : undefined;
    },
    list: async (query) => {
      const filter: Document = { ...timeFilter('time', query) };
      if (query.status) filter.status = query.status;
      return (await col.find(filter).sort({ time: 1, _id: 1 }).toArray()).map((d) => fromDoc<Appeal>(d));
    },
    review: async (id, review) => {
      const updated = await col.findOneAndUpdate({ _id: id, status: 'pending' }, { $set: { status: review.decision, review } }, { returnDocument: 'after' });
      return updated ? fromDoc<Appeal>(updated) : undefined;
    },
  };
}
