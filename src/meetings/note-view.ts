import type { NoteRecord } from '../store/types';
import { minutesSchema, mapMinutesText } from './minutes';
import { createPseudonymiser, restorePlaceholders, type FindIdentifiers } from './note-at-rest';
import type { NoteSealer } from './note-sealing';
import type { PendingSummary } from './summary-cache';
import { renderMinutesMarkdown } from './render-minutes';

/** A note as its owner reads it: placeholders restored when the owner's key opens them. */
export interface OwnerView {
  note: NoteRecord;
  /** False when the note has sealed values that no configured key opens (placeholders shown). */
  restored: boolean;
}

/** What a saved note keeps, and whether identifying values had to be left out (no key configured). */
export interface NoteToStore {
  note: NoteRecord;
  valuesDropped: boolean;
}

/**
 * Builds the stored note from a summary just shown: the gate's placeholders kept, what still identifies someone in
 * clear replaced too, and the values sealed for the owner (dropped when no key is configured).
 */
export function noteAtRest(opts: { pending: PendingSummary; id: string; ownerId: string; createdAt: Date; find: FindIdentifiers; sealer?: NoteSealer }): NoteToStore {
  const { pending } = opts;
  const base = pending.atRest ?? { minutes: pending.minutes, values: {} };
  const p = createPseudonymiser(base.values, opts.find);
  const minutes = p.minutes(base.minutes);
  const title = minutes.title || p.text(pending.title);
  const values = p.values();
  const hasValues = Object.keys(values).length > 0;
  const sealed = hasValues && opts.sealer ? opts.sealer.seal(opts.ownerId, opts.id, values) : undefined;
  const note: NoteRecord = {
    id: opts.id,
    ownerId: opts.ownerId,
    title,
    content: renderMinutesMarkdown(minutes),
    kind: 'meeting_summary',
    createdAt: opts.createdAt,
    data: { minutes },
    ...(pending.label ? { label: pending.label } : {}),
    ...(sealed ? { sealed } : {}),
  };
  return { note, valuesDropped: (hasValues && !sealed) || Boolean(pending.valuesWithheld) };
}

/** The note with its placeholders restored for `ownerId` only: the sealed values open with that owner's key alone. */
export function viewForOwner(note: NoteRecord, ownerId: string, sealer?: NoteSealer): OwnerView {
  if (!note.sealed) return { note, restored: true };
  const values = sealer && note.ownerId === ownerId ? sealer.open(ownerId, note.id, note.sealed) : undefined;
  if (!values) return { note, restored: false };
  const r = (s: string) => restorePlaceholders(s, values);
  const minutes = minutesSchema.safeParse(note.data?.minutes);
  return {
    restored: true,
    note: {
      ...note,
      title: r(note.title),
      content: r(note.content),
      data: minutes.success ? { ...note.data, minutes: mapMinutesText(minutes.data, r) } : note.data,
    },
  };
}
