import type { JsonlCollection } from './jsonl-collection';
import type {
  AnswerRecord, AnswerRepository, FeedbackQuery, FeedbackRecord, FeedbackRepository, NoteRecord, NoteRepository, StateRepository,
} from '../types';
import { inRange } from '../query-range';
import { createSerial } from '../../core/serial';

/** Answers keyed by activity id; saving the same id again replaces it. */
export function embeddedAnswers(col: JsonlCollection<AnswerRecord>): AnswerRepository {
  return {
    save: (record) => col.put(record.id, record),
    get: async (id) => col.get(id),
    getMany: async (ids) => {
      const out = new Map<string, AnswerRecord>();
      for (const id of ids) {
        const a = col.get(id);
        if (a) out.set(id, a);
      }
      return out;
    },
    listByUser: async function* (userId, range) {
      yield* col.filter((a) => a.userId === userId && inRange(a.time, range)).sort((a, b) => a.time.getTime() - b.time.getTime());
    },
  };
}

/** Newest first, then by id descending: the console's page order. */
const newestFirst = (a: Readonly<FeedbackRecord>, b: Readonly<FeedbackRecord>) => b.time.getTime() - a.time.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Feedback; a re-delivered record with a known id is ignored so outbox retries stay idempotent. */
export function embeddedFeedback(col: JsonlCollection<FeedbackRecord>): FeedbackRepository {
  const matches = (f: Readonly<FeedbackRecord>, q: FeedbackQuery) =>
    inRange(f.time, q) && (!q.reaction || f.reaction === q.reaction) && (!q.unit || f.unit === q.unit);
  return {
    get: async (id) => col.get(id),
    page: async (q) => {
      const before = q.before && { time: q.before.time.getTime(), id: q.before.id };
      const after = (f: Readonly<FeedbackRecord>) => !before || f.time.getTime() < before.time || (f.time.getTime() === before.time && f.id < before.id);
      const comment = (f: Readonly<FeedbackRecord>) => q.hasComment === undefined || q.hasComment === Boolean(f.comment);
      const only = q.ids && new Set(q.ids);
      const except = q.excludeIds && new Set(q.excludeIds);
      const wanted = (f: Readonly<FeedbackRecord>) => (!only || only.has(f.id)) && (!except || !except.has(f.id));
      return col.select((f) => wanted(f) && matches(f, q) && comment(f) && after(f), newestFirst, q.limit);
    },
    add: async (record) => {
      if (!col.has(record.id)) await col.put(record.id, record);
    },
    setCitationVerdicts: async (id, verdicts) => {
      const record = col.get(id);
      if (!record) return false;
      await col.put(id, { ...record, citations: verdicts });
      return true;
    },
    list: async function* (query) {
      const rows = col
        .filter((f) => matches(f, query))
        .sort((a, b) => a.time.getTime() - b.time.getTime());
      yield* rows;
    },
  };
}

/** Notes, visible only to their owner. */
export function embeddedNotes(col: JsonlCollection<NoteRecord>): NoteRepository {
  return {
    create: (note) => col.put(note.id, note),
    list: async (ownerId) => col.filter((n) => n.ownerId === ownerId).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()),
    get: async (ownerId, id) => {
      const n = col.get(id);
      return n && n.ownerId === ownerId ? n : undefined;
    },
    delete: async (ownerId, id) => {
      const n = col.get(id);
      if (!n || n.ownerId !== ownerId) return false;
      return (await col.delete([id])) === 1;
    },
    allNotes: async function* () {
      yield* col.values();
    },
    replace: async (note) => {
      const n = col.get(note.id);
      if (!n || n.ownerId !== note.ownerId) return false;
      await col.put(note.id, note);
      return true;
    },
  };
}

/** Bot state as JSON text per key, so any value botbuilder writes round-trips unchanged. */
export function embeddedState(col: JsonlCollection<{ json: string }>): StateRepository {
  const serial = createSerial();
  return {
    read: async (keys) => {
      const out: Record<string, unknown> = {};
      for (const k of keys) {
        const v = col.get(k);
        if (v) out[k] = JSON.parse(v.json);
      }
      return out;
    },
    write: async (changes) => {
      for (const [k, v] of Object.entries(changes)) await col.put(k, { json: JSON.stringify(v) });
    },
    delete: async (keys) => {
      await col.delete(keys);
    },
    // One writer per embedded store, so check-then-put cannot race another instance.
    putIfAbsent: (key, value) => serial(async () => {
      const found = col.get(key);
      if (found) return JSON.parse(found.json);
      await col.put(key, { json: JSON.stringify(value) });
      return value;
    }),
  };
}
