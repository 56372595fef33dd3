import type { Document } from 'mongodb';

/** Every collection here uses string ids. */
export type StoredDoc = Document & { _id: string };

/** A record as stored: its `id` becomes `_id`. */
export function toDoc<T extends { id: string }>(record: T): StoredDoc {
  const { id, ...rest } = record;
  return { _id: id, ...rest };
}

/** A stored document back to a record: `_id` becomes `id`, extra storage-only fields removed. */
export function fromDoc<T>(doc: Document, drop: string[] = []): T {
  const { _id, ...rest } = doc;
  for (const k of drop) delete rest[k];
  return { id: _id, ...rest } as T;
}
