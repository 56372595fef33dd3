import type { NoteRepository } from '../store/types';
import type { NoteSealer } from './note-sealing';

/** What a key rotation did: notes seen, sealed with the current key already, re-sealed, and sealed with no known key. */
export interface RekeyReport {
  notes: number;
  current: number;
  resealed: number;
  unreadable: number;
}

/** Re-seals every note sealed with an older key under the current one (the first of NOTEBOOK_KEYS). */
export async function rekeyNotes(notes: Required<Pick<NoteRepository, 'allNotes' | 'replace'>>, sealer: NoteSealer): Promise<RekeyReport> {
  const report: RekeyReport = { notes: 0, current: 0, resealed: 0, unreadable: 0 };
  for await (const note of notes.allNotes()) {
    report.notes++;
    if (!note.sealed) continue;
    if (note.sealed.keyId === sealer.currentKeyId) {
      report.current++;
      continue;
    }
    const values = sealer.open(note.ownerId, note.id, note.sealed);
    if (!values) {
      report.unreadable++;
      continue;
    }
    if (await notes.replace({ ...note, sealed: sealer.seal(note.ownerId, note.id, values) })) report.resealed++;
  }
  return report;
}
