import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock';
import type { NoteRecord, NoteRepository } from '../store/types';
import type { FeatureHandler, TurnContext } from '../turns/feature';
import type { Reply, Turn, TurnResult } from '../turns/types';
import { buildNoteDocx, DOCX_CONTENT_TYPE } from './export-docx';
import { fill, messages } from './messages';
import type { FindIdentifiers } from './note-at-rest';
import type { NoteSealer } from './note-sealing';
import { noteAtRest, viewForOwner } from './note-view';
import { parseNotebookAction, parseNotebookText, type NotebookCommand } from './notebook-commands';
import { summaryKey, type SummaryCache } from './summary-cache';
import { personKeyOf } from '../turns/person-key';

const m = messages.notebook;
const OPEN_MAX_CHARS = 20_000;

/** What the notebook feature needs. */
export interface NotebookFeatureDeps {
  /** store.notes */
  notes: NoteRepository;
  /** The same cache the meeting feature fills. */
  summaries: SummaryCache;
  clock: Clock;
  newId?: () => string;
  /** Seals what the placeholders stand for, per owner (NOTEBOOK_KEYS); absent ⇒ notes keep placeholders only. */
  sealer?: NoteSealer;
  /** Finds what still identifies someone in a summary (the gate's detections); absent ⇒ only the gate's placeholders. */
  findIdentifiers?: FindIdentifiers;
}

/** The owner of notes: the provisioned user's id when known, else the Entra object id, else the channel id. */
export function noteOwnerId(turn: Turn, ctx: Pick<TurnContext, 'user'>): string {
  return ctx.user?.id ?? personKeyOf(turn);
}

/**
 * "Sổ tay AI": saves the summary just produced (from gated text only), lists, opens, exports (.docx) and deletes
 * the caller's own notes. Never reaches a model, so it is not gated; every read is scoped to the owner.
 */
export function createNotebookFeature(deps: NotebookFeatureDeps): FeatureHandler {
  const newId = deps.newId ?? randomUUID;
  const commandOf = async (turn: Turn): Promise<NotebookCommand | undefined> => {
    const action = parseNotebookAction(turn.value);
    if (action) return action;
    const cmd = parseNotebookText(turn.text ?? '');
    // "lưu" is only this feature's when there is a summary to save; otherwise it is an ordinary message.
    if (cmd?.kind === 'save' && !(await deps.summaries.latest(summaryKey(turn)))) return undefined;
    return cmd;
  };
  return {
    name: 'notebook',
    gated: false,
    matches: async (turn) => (await commandOf(turn)) !== undefined,
    async handle(turn, ctx): Promise<TurnResult> {
      const cmd = (await commandOf(turn)) ?? { kind: 'usage' };
      const owner = noteOwnerId(turn, ctx);
      if (cmd.kind === 'save') return save(turn, owner, cmd.summaryId);
      if (cmd.kind === 'usage') return done(text(m.usage), 'listed');
      // Listing or opening in a group chat would show the notes to everyone in it.
      if (turn.conversation.type !== 'personal') return done(text(m.privateOnly), 'refused', { reason: 'not_personal' });
      const stored = await listNewestFirst(deps.notes, owner);
      const views = stored.map((n) => viewForOwner(n, owner, deps.sealer));
      if (cmd.kind === 'list') return list(views.map((v) => v.note));
      const view = views[cmd.n - 1];
      if (!view) return done(text(fill(m.notFound, { n: cmd.n })), 'not_found');
      const note = view.note;
      const keyNotice = view.restored ? [] : [m.keyUnavailable];
      if (cmd.kind === 'open') {
        // Teams rejects very long messages: a long note is cut here and is whole in the .docx export.
        const body = note.content.length > OPEN_MAX_CHARS ? `${note.content.slice(0, OPEN_MAX_CHARS)}\n\n${messages.truncated}` : note.content;
        const label = note.label === 'internal' ? [m.internalLine] : [];
        return done(text([`**${note.title}**`, ...label, body, ...keyNotice].join('\n\n')), 'opened', { label: note.label ?? null });
      }
      if (cmd.kind === 'export') {
        const content = await buildNoteDocx(note);
        const reply: Reply = { kind: 'file', text: [fill(m.exported, { title: note.title }), ...keyNotice].join('\n\n'), file: { name: fileName(note), contentType: DOCX_CONTENT_TYPE, content } };
        return done(reply, 'exported', { label: note.label ?? null });
      }
      const deleted = await deps.notes.delete(owner, note.id);
      return deleted ? done(text(fill(m.deleted, { title: note.title })), 'deleted') : done(text(fill(m.notFound, { n: cmd.n })), 'not_found');
    },
  };

  async function save(turn: Turn, owner: string, summaryId?: string): Promise<TurnResult> {
    const key = summaryKey(turn);
    // Only summaries this service produced from gated text are stored: a card cannot carry its own text in.
    const pending = summaryId ? await deps.summaries.get(key, summaryId) : await deps.summaries.latest(key);
    if (!pending) return done(text(m.nothingToSave), 'not_found');
    // At rest the note names nobody in clear: placeholders in the text, the values sealed for the owner alone.
    const { note, valuesDropped } = noteAtRest({ pending, id: newId(), ownerId: owner, createdAt: deps.clock.now(), find: deps.findIdentifiers ?? (() => []), sealer: deps.sealer });
    await deps.notes.create(note);
    await deps.summaries.remove(pending.id);
    const lines = [fill(m.saved, { title: pending.title }), ...(note.label === 'internal' ? [m.internalLine] : []), ...(valuesDropped ? [m.savedWithoutKey] : [])];
    return done(text(lines.join('\n\n')), 'saved', { sealed: Boolean(note.sealed), label: note.label ?? null });
  }
}

async function listNewestFirst(repo: NoteRepository, owner: string): Promise<NoteRecord[]> {
  const notes = await repo.list(owner);
  return notes.filter((n) => n.ownerId === owner).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id));
}

function list(notes: NoteRecord[]): TurnResult {
  if (notes.length === 0) return done(text(m.empty), 'listed', { count: 0 });
  const lines = notes.map((n, i) => `${i + 1}. ${n.title} (${formatDateTime(n.createdAt)})${n.label === 'internal' ? ` — ${m.internalTag}` : ''}`);
  return done(text([fill(m.listHeader, { count: notes.length }), ...lines, '', m.listHelp].join('\n')), 'listed', { count: notes.length });
}

function text(t: string): Reply {
  return { kind: 'text', text: t };
}

function done(reply: Reply, outcome: string, details?: Record<string, string | number | boolean | null>): TurnResult {
  return { replies: [reply], outcome: { feature: 'notebook', outcome, details } };
}

function fileName(note: NoteRecord): string {
  const d = note.createdAt;
  const p = (n: number) => String(n).padStart(2, '0');
  return `bien-ban-${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}.docx`;
}

function formatDateTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
