import { createHash, randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock';
import { createMemoryExpiring } from '../store/expiring/memory-expiring';
import type { ExpiringRepository } from '../store/types';
import type { MeetingMinutes } from './minutes';
import { createPseudonymiser, restorePlaceholders, type AtRest, type FindIdentifiers } from './note-at-rest';
import type { NoteSealer, SealedValues } from './note-sealing';
import { renderMinutesMarkdown } from './render-minutes';

/** A summary just shown to a user, kept briefly so that "lưu" or the card button can save it. */
export interface PendingSummary {
  id: string;
  /** Channel user id + conversation id: only the person who asked, in that chat, can save it. */
  key: string;
  title: string;
  markdown: string;
  minutes: MeetingMinutes;
  /** The same minutes with the gate's placeholders and the values behind them: what the notebook stores. */
  atRest?: AtRest;
  /** The sensitivity label of the summarised text ("internal": level 2 allowed on-premises). */
  label?: 'internal';
  /** Values behind its placeholders were left out at rest (no notebook key): a note saved from it keeps placeholders. */
  valuesWithheld?: boolean;
  createdAt: Date;
}

/**
 * Short-lived store of the last summaries. It lives in the store's expiring values, so "lưu" works on whichever instance
 * the next message reaches; it holds what the notebook would hold if saved, and expires on its own.
 */
export interface SummaryCache {
  put(key: string, entry: Omit<PendingSummary, 'id' | 'key' | 'createdAt'>): Promise<PendingSummary>;
  /** The latest summary for this user in this chat, if not expired. */
  latest(key: string): Promise<PendingSummary | undefined>;
  /** A summary by id, only if it belongs to `key` and has not expired. */
  get(key: string, id: string): Promise<PendingSummary | undefined>;
  remove(id: string): Promise<void>;
}

/** The cache key of a turn: the channel user and the conversation. */
export function summaryKey(turn: { user: { id: string }; conversation: { id: string } }): string {
  return `${turn.user.id}\u0000${turn.conversation.id}`;
}

const SUMMARIES = 'meeting-summary';
const LATEST = 'meeting-summary-latest';
// Store keys carry no channel ids as such (and no NUL): a digest of the user and conversation.
const digest = (key: string) => createHash('sha256').update(key).digest('base64url');

/** A summary as the shared store keeps it: placeholders in clear, the values behind them sealed (or dropped). */
type Shelved = PendingSummary & { sealed?: SealedValues };

/**
 * How a summary is kept in a store that outlives the process (the embedded data folder, MongoDB): like a saved note,
 * nobody named in clear. The placeholders stay, what still identifies someone is replaced too, and the values are
 * sealed with the notebook keys (any instance holding them restores them on "lưu"), or dropped without a key.
 */
export interface SummaryAtRest {
  find: FindIdentifiers;
  sealer?: NoteSealer;
}

// Sealed for the chat the summary belongs to, not yet for a note.
const sealOwner = (key: string) => `pending-summary:${digest(key)}`;

function shelve(e: PendingSummary, atRest: SummaryAtRest): Shelved {
  const base = e.atRest ?? { minutes: e.minutes, values: {} };
  const p = createPseudonymiser(base.values, atRest.find);
  const minutes = p.minutes(base.minutes);
  const values = p.values();
  const sealed = Object.keys(values).length > 0 && atRest.sealer ? atRest.sealer.seal(sealOwner(e.key), e.id, values) : undefined;
  const title = minutes.title || p.text(e.title);
  const withheld = Object.keys(values).length > 0 && !sealed;
  return { ...e, title, markdown: renderMinutesMarkdown(minutes), minutes, atRest: { minutes, values: {} }, ...(sealed ? { sealed } : {}), ...(withheld ? { valuesWithheld: true } : {}) };
}

function unshelve(e: Shelved, atRest: SummaryAtRest): PendingSummary {
  const { sealed, ...rest } = e;
  const values = sealed && atRest.sealer ? atRest.sealer.open(sealOwner(e.key), e.id, sealed) : undefined;
  if (!values) return sealed ? { ...rest, valuesWithheld: true } : rest;
  return { ...rest, title: restorePlaceholders(rest.title, values), atRest: { minutes: rest.minutes, values } };
}

/**
 * Creates the cache over `expiring` (the store's; in this process only when absent); entries expire after `ttlMs`
 * (default 30 minutes). With `atRest`, entries are kept as a note would be (see SummaryAtRest).
 */
export function createSummaryCache(opts: { clock: Clock; ttlMs?: number; expiring?: ExpiringRepository; atRest?: SummaryAtRest }): SummaryCache {
  const ttlMs = opts.ttlMs ?? 30 * 60_000;
  const expiring = opts.expiring ?? createMemoryExpiring(opts.clock, 500);
  const revive = (e: Shelved | undefined): PendingSummary | undefined => {
    if (!e) return undefined;
    const back = { ...e, createdAt: new Date(e.createdAt) };
    return opts.atRest ? unshelve(back, opts.atRest) : back;
  };
  const get = async (key: string, id: string) => {
    const e = revive(await expiring.get<Shelved>(SUMMARIES, id));
    return e && e.key === key ? e : undefined;
  };
  return {
    async put(key, entry) {
      const e: PendingSummary = { ...entry, id: randomUUID(), key, createdAt: opts.clock.now() };
      await expiring.put(SUMMARIES, e.id, opts.atRest ? shelve(e, opts.atRest) : e, ttlMs);
      await expiring.put(LATEST, digest(key), e.id, ttlMs);
      return e;
    },
    async latest(key) {
      const id = await expiring.get<string>(LATEST, digest(key));
      return id ? get(key, id) : undefined;
    },
    get,
    async remove(id) {
      await expiring.delete(SUMMARIES, id);
    },
  };
}
