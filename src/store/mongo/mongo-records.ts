import type { Collection, Document } from 'mongodb';
import type { AnswerRecord, AnswerRepository, FeedbackQuery, FeedbackRecord, FeedbackRepository, NoteRecord, NoteRepository, StateRepository } from '../types';
import { isDuplicateKey } from './mongo-connect';
import { fromDoc, toDoc, type StoredDoc } from './mongo-docs';

type Coll = Collection<StoredDoc>;

/** Mongo filter for [from, to) on a date field. */
export function timeFilter(field: string, q: { from?: Date; to?: Date }): Document {
  const range: Document = {};
  if (q.from) range.$gte = q.from;
  if (q.to) range.$lt = q.to;
  return Object.keys(range).length ? { [field]: range } : {};
}

/** Answers keyed by activity id (`_id`). */
export function mongoAnswers(col: Coll): AnswerRepository {
  return {
    save: async (record) => {
      await col.replaceOne({ _id: record.id }, toDoc(record), { upsert: true });
    },
    get: async (id) => {
      const doc = await col.findOne({ _id: id });
      return doc ? fromDoc<AnswerRecord>(doc) : undefined;
    },
    getMany: async (ids) => {
      const out = new Map<string, AnswerRecord>();
      if (ids.length) for await (const doc of col.find({ _id: { $in: ids } })) out.set(doc._id, fromDoc<AnswerRecord>(doc));
      return out;
    },
    listByUser: async function* (userId, range) {
      for await (const doc of col.find({ userId, ...timeFilter('time', range) }).sort({ time: 1, _id: 1 })) yield fromDoc<AnswerRecord>(doc);
    },
  };
}

function feedbackFilter(query: FeedbackQuery): Document {
  const filter: Document = { ...timeFilter('time', query) };
  if (query.reaction) filter.reaction = query.reaction;
  if (query.unit) filter.unit = query.unit;
  return filter;
}

/** Feedback; a duplicate id (an outbox retry whose first try landed) counts as success. */
export function mongoFeedback(col: Coll): FeedbackRepository {
  return {
    add: async (record) => {
      try {
        await col.insertOne(toDoc(record));
      } catch (e) {
        if (!isDuplicateKey(e)) throw e;
      }
    },
    list: async function* (query) {
      for await (const doc of col.find(feedbackFilter(query)).sort({ time: 1, _id: 1 })) yield fromDoc<FeedbackRecord>(doc);
    },
    get: async (id) => {
      const doc = await col.findOne({ _id: id });
      return doc ? fromDoc<FeedbackRecord>(doc) : undefined;
    },
    setCitationVerdicts: async (id, verdicts) => (await col.updateOne({ _id: id }, { $set: { citations: verdicts } })).matchedCount === 1,
    page: async (q) => {
      const and: Document[] = [feedbackFilter(q)];
      if (q.hasComment === true) and.push({ comment: { $exists: true, $ne: '' } });
      if (q.hasComment === false) and.push({ $or: [{ comment: { $exists: false } }, { comment: '' }] });
      if (q.ids) and.push({ _id: { $in: q.ids } });
      if (q.excludeIds?.length) and.push({ _id: { $nin: q.excludeIds } });
      if (q.before) and.push({ $or: [{ time: { $lt: q.before.time } }, { time: q.before.time, _id: { $lt: q.before.id } }] });
      const filter = and.length === 1 ? and[0] : { $and: and };
      const docs = await col.find(filter).sort({ time: -1, _id: -1 }).limit(q.limit).toArray();
      return docs.map((d) => fromDoc<FeedbackRecord>(d));
    },
  };
}

/** Notes, filtered by owner on every call. */
export function mongoNotes(col: Coll): NoteRepository {
  return {
    create: async (note) => {
      await col.insertOne(toDoc(note));
    },
    list: async (ownerId) => (await col.find({ ownerId }).sort({ createdAt: 1, _id: 1 }).toArray()).map((d) => fromDoc<NoteRecord>(d)),
    get: async (ownerId, id) => {
      const doc = await col.findOne({ _id: id, ownerId });
      return doc ? fromDoc<NoteRecord>(doc) : undefined;
    },
    delete: async (ownerId, id) => (await col.deleteOne({ _id: id, ownerId })).deletedCount === 1,
    allNotes: async function* () {
      for await (const doc of col.find({}).sort({ _id: 1 })) yield fromDoc<NoteRecord>(doc);
    },
    replace: async (note) => (await col.replaceOne({ _id: note.id, ownerId: note.ownerId }, toDoc(note))).matchedCount === 1,
  };
}

/** Bot state stored as JSON text, so keys with dots or dollars in botbuilder's objects are safe. */
export function mongoState(col: Coll): StateRepository {
  return {
    read: async (keys) => {
      const out: Record<string, unknown> = {};
      if (keys.length === 0) return out;
      for await (const doc of col.find({ _id: { $in: keys } })) out[String(doc._id)] = JSON.parse(doc.json as string);
      return out;
    },
    write: async (changes) => {
      for (const [k, v] of Object.entries(changes)) {
        const doc = { json: JSON.stringify(v) };
        // Two upserts of a new key at once (one person's concurrent messages) can both try the insert: the loser's
        // duplicate-key error means the document now exists, so replacing it again is the right outcome.
        await col.replaceOne({ _id: k }, doc, { upsert: true }).catch(async (e) => {
          if (!isDuplicateKey(e)) throw e;
          await col.replaceOne({ _id: k }, doc, { upsert: true });
        });
      }
    },
    delete: async (keys) => {
      if (keys.length) await col.deleteMany({ _id: { $in: keys } });
    },
    putIfAbsent: async (key, value) => {
      try {
        await col.insertOne({ _id: key, json: JSON.stringify(value) });
        return value;
      } catch (e) {
        if (!isDuplicateKey(e)) throw e;
        const doc = await col.findOne({ _id: key });
        return doc ? JSON.parse(doc.json as string) : value;
      }
    },
  };
}
