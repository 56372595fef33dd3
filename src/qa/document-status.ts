// What is known of documents' force beyond the knowledge files: a shipped list of documents the codification still
// holds although they were replaced (knowledge/trang-thai-van-ban.json), and administrators' declarations kept in
// the store (every instance reads them), so answers say "amended" or stop quoting a replaced text.
import fs from 'node:fs';
import { z } from 'zod';
import type { Clock } from '../core/clock';
import type { DocumentOverride, LegalDocument } from '../knowledge/types';
import type { StateRepository } from '../store/types';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** One declaration: a document by số hiệu and its force; `in_force` withdraws an earlier declaration. */
export const documentStatusSchema = z.object({
  soHieu: z.string().trim().min(3).max(80),
  status: z.enum(['amended', 'replaced', 'expired', 'in_force']),
  by: z.string().trim().min(3).max(300).optional(),
  from: z.string().regex(ISO_DAY, 'from must be YYYY-MM-DD').optional(),
  note: z.string().trim().max(500).optional(),
}).strict();

/** A declaration as kept: who made it and when (absent for the shipped list). */
export type DocumentStatusEntry = z.infer<typeof documentStatusSchema> & { setBy?: string; setAt?: string };

const STATE_KEY = 'knowledge.documentStatus';
const REFRESH_MS = 30_000;

/** Reads the shipped list (a JSON array of declarations); a bad file stops the start with a clear error. */
export function loadShippedStatuses(file: string): DocumentStatusEntry[] {
  if (!fs.existsSync(file)) return [];
  const parsed = z.object({ documents: z.array(documentStatusSchema) }).safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.documents;
}

/** "13/2023/NĐ-CP" and "13/2023/nđ-cp " are one document. */
export const statusKey = (soHieu: string): string => soHieu.normalize('NFC').replace(/\s+/g, '').toUpperCase();

/** The status book: declarations by số hiệu, the store's over the shipped ones, re-read from the store every 30 s. */
export function createDocumentStatusBook(deps: { shipped: DocumentStatusEntry[]; state?: Pick<StateRepository, 'read' | 'write'>; clock: Clock }) {
  let stored: DocumentStatusEntry[] = [];
  let readAt = -Infinity;
  const refresh = async (force = false): Promise<void> => {
    if (!deps.state || (!force && deps.clock.now().getTime() - readAt < REFRESH_MS)) return;
    const got = (await deps.state.read([STATE_KEY]))[STATE_KEY] as { entries?: DocumentStatusEntry[] } | undefined;
    stored = got?.entries ?? [];
    readAt = deps.clock.now().getTime();
  };
  const merged = (): Map<string, DocumentStatusEntry> => {
    const map = new Map<string, DocumentStatusEntry>();
    for (const e of [...deps.shipped, ...stored]) map.set(statusKey(e.soHieu), e);
    for (const [k, e] of map) if (e.status === 'in_force') map.delete(k);
    return map;
  };
  return {
    /** The declared change of a document's force, if any. */
    async overrideOf(doc: LegalDocument): Promise<DocumentOverride | undefined> {
      if (!doc.soHieu) return undefined;
      await refresh();
      const e = merged().get(statusKey(doc.soHieu));
      if (!e || e.status === 'in_force') return undefined;
      return { status: e.status, ...(e.by ? { by: e.by } : {}), ...(e.from ? { from: e.from } : {}), ...(e.note ? { note: e.note } : {}) };
    },
    /** Every declaration in force (shipped and stored). */
    async list(): Promise<DocumentStatusEntry[]> {
      await refresh(true);
      return [...merged().values()];
    },
    /** Records an administrator's declaration (replacing an earlier one for the same document). */
    async set(entry: z.infer<typeof documentStatusSchema>, actor: string): Promise<DocumentStatusEntry> {
      if (!deps.state) throw new Error('no store for document statuses');
      await refresh(true);
      const kept: DocumentStatusEntry = { ...entry, setBy: actor, setAt: deps.clock.now().toISOString() };
      const entries = [...stored.filter((e) => statusKey(e.soHieu) !== statusKey(entry.soHieu)), kept];
      await deps.state.write({ [STATE_KEY]: { entries } });
      stored = entries;
      return kept;
    },
  };
}

/** The status book. */
export type DocumentStatusBook = ReturnType<typeof createDocumentStatusBook>;

/** The status book's reading side, as answers use it. */
export type DocumentStatusLookup = Pick<ReturnType<typeof createDocumentStatusBook>, 'overrideOf'>;
