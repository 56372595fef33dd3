import type { Collection, Document } from 'mongodb';
import type { Appeal, AppealRepository } from '../types';
import { isDuplicateKey } from './mongo-connect';
import { fromDoc, toDoc, type StoredDoc } from './mongo-docs';
import { timeFilter } from './mongo-records';

/**
 * Appeals (`_id` = appeal id). A review is decided by inserting its decision under the appeal's id in `decisions`
 * (unique `_id`): only one of two racing reviewers can. A conditional update alone is not enough, as FerretDB applies
 * an update as read-then-write and two reviewers could both match the pending appeal.
 */
export function mongoAppeals(col: Collection<StoredDoc>, decisions: Collection<StoredDoc>): AppealRepository {
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
      const current = await col.findOne({ _id: id });
      if (!current || current.status !== 'pending') return undefined;
      try {
        // The decision holds when and which way, never who or why: the appeal keeps those.
        await decisions.insertOne({ _id: id, at: review.at, decision: review.decision });
      } catch (e) {
        if (isDuplicateKey(e)) return undefined;
        throw e;
      }
      const updated = await col.findOneAndUpdate({ _id: id }, { $set: { status: review.decision, review } }, { returnDocument: 'after' });
      return updated ? fromDoc<Appeal>(updated) : undefined;
    },
  };
}
