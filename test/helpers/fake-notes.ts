import type { NoteRecord, NoteRepository } from '../../src/store/types';

/** An in-memory NoteRepository with the real one's owner scoping (for tests that need no store on disk). */
export function createFakeNoteRepository(): NoteRepository & { all: NoteRecord[] } {
  const all: NoteRecord[] = [];
  return {
    all,
    async create(note) { all.push({ ...note }); },
    async list(ownerId) { return all.filter((n) => n.ownerId === ownerId).map((n) => ({ ...n })); },
    async get(ownerId, id) { const n = all.find((x) => x.ownerId === ownerId && x.id === id); return n && { ...n }; },
    async delete(ownerId, id) {
      const i = all.findIndex((x) => x.ownerId === ownerId && x.id === id);
      if (i < 0) return false;
      all.splice(i, 1);
      return true;
    },
  };
}
