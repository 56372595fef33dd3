import type { ChannelName } from '../turns/channel';
import type { AppealRecord as GateAppealRecord, AuditSummary, Zone } from '../gate/types';

export type ConversationType = 'personal' | 'groupChat' | 'channel';
export type Feature = 'qa' | 'meeting' | 'help' | 'notebook' | 'account' | 'usage' | 'feedback' | 'document' | 'history' | 'appeal' | 'other';
export type Reaction = 'like' | 'dislike';
export type Role = 'user' | 'unit_admin' | 'auditor' | 'system_admin';
export type UserStatus = 'active' | 'revoked' | 'locked';

/** A citation as stored with an answer. */
export interface StoredCitation {
  articleId: string;
  /** e.g. "Điều 7 Nghị định 13/2023/NĐ-CP". */
  label: string;
  url?: string;
}

/** One AI answer that was sent, keyed by the id of the activity that carried it. */
export interface AnswerRecord {
  id: string;
  time: Date;
  userId: string;
  unit?: string;
  tenantId?: string;
  conversationId: string;
  conversationType: ConversationType;
  /** The channel the answer was delivered on; absent for Teams. */
  channel?: ChannelName;
  feature: Feature;
  /** The question as the gate let it through (placeholders, never redacted values). */
  question: string;
  answer: string;
  citations: StoredCitation[];
  answerer: string;
  latencyMs: number;
  gate: AuditSummary;
}

/** A like/dislike on an answer; `comment` is absent when the gate blocked it (then `commentBlocked`). */
export interface FeedbackRecord {
  id: string;
  time: Date;
  answerId: string;
  userId: string;
  unit?: string;
  conversationType?: ConversationType;
  /** The channel the rating came from; absent for Teams (records written before channels existed are Teams'). */
  channel?: ChannelName;
  reaction: Reaction;
  comment?: string;
  commentBlocked?: boolean;
  /** What the person said of each cited article of a disliked answer (Teams' follow-up card), in the answer's order. */
  citations?: CitationVerdict[];
}

/** One cited article as the person judged it: right, wrong (or not relevant), or outdated. */
export interface CitationVerdict {
  /** The citation's number [n] in the answer (1-based, the stored citations' order). */
  position: number;
  articleId: string;
  label: string;
  verdict: 'right' | 'wrong' | 'outdated';
}

export interface FeedbackQuery {
  from?: Date;
  to?: Date;
  reaction?: Reaction;
  unit?: string;
}

/** One page of feedback, newest first: keyset paging after `before` (the last row of the previous page). */
export interface FeedbackPageQuery extends FeedbackQuery {
  /** Only feedback with (true) or without (false) a stored comment. */
  hasComment?: boolean;
  /** Only these records (e.g. the reviewed ones), or all but these. */
  ids?: string[];
  excludeIds?: string[];
  before?: { time: Date; id: string };
  limit: number;
}

/** An audit event as appended; `seq`, `prevHash` and `hash` are set by the repository. */
export interface AuditEventInput {
  /** Idempotency key (set by the audit log): an append retried with the same id is stored once. */
  id?: string;
  time: Date;
  type: 'turn' | 'admin' | 'security';
  /** Who: the (pseudonymous) user id, or 'admin-api'. */
  actor: string;
  unit?: string;
  conversationType?: ConversationType;
  feature?: Feature;
  action?: string;
  target?: string;
  gate?: AuditSummary;
  answerer?: string;
  latencyMs?: number;
  outcome: string;
  details?: Record<string, string | number | boolean | null>;
}

export interface AuditEvent extends AuditEventInput {
  seq: number;
  prevHash: string;
  hash: string;
}

export interface AuditQuery {
  from?: Date;
  to?: Date;
  unit?: string;
  type?: AuditEventInput['type'];
}

/** A provisioned person. `id` is the Entra object id or the UPN. */
export interface UserRecord {
  id: string;
  upn?: string;
  /** The Entra object id of a person provisioned by UPN, learned from their first turn (lowercase). */
  aadObjectId?: string;
  name: string;
  unit: string;
  role: Role;
  status: UserStatus;
  createdAt: Date;
  updatedAt: Date;
  statusChangedAt?: Date;
}

/** The values behind a note's placeholders, encrypted with its owner's key (AES-256-GCM; fields base64). */
export interface SealedNoteValues {
  /** The NOTEBOOK_KEYS entry the owner's key was derived from. */
  keyId: string;
  iv: string;
  tag: string;
  data: string;
}

/** A note in a user's "Sổ tay AI"; only its owner may read it. */
export interface NoteRecord {
  id: string;
  ownerId: string;
  title: string;
  /** Markdown body (e.g. a meeting summary), with placeholders ([NGƯỜI_1], [CCCD_1]…) where people are identified. */
  content: string;
  kind: 'meeting_summary' | 'note';
  createdAt: Date;
  /** Structured data for exports (e.g. the biên bản fields), with the same placeholders. */
  data?: Record<string, unknown>;
  /** The sensitivity label the note travels with ("Nội bộ": level-2 content allowed on-premises). */
  label?: 'internal';
  /** What the placeholders stand for, readable by the owner only; absent when nothing was replaced or no key is configured. */
  sealed?: SealedNoteValues;
}

export type AppealStatus = 'pending' | 'accepted' | 'rejected';

/** An administrator's decision on an appeal. */
export interface AppealReview {
  decision: 'accepted' | 'rejected';
  /** The reviewer's note, as the gate let it through (identifiers replaced). */
  note?: string;
  /** Audit actor of the reviewer. */
  by: string;
  at: Date;
}

/**
 * A person's appeal against a block. It keeps only what the gate's appealRecord() allows: categories, scores and the
 * text with every detected span replaced (none at all for a level-4 text); the comment only in its screened form.
 */
export interface Appeal {
  id: string;
  /** When the appeal was filed. */
  time: Date;
  userId: string;
  unit?: string;
  conversationType: ConversationType;
  /** The card's button (Teams) or the command (/khieunai, "khiếu nại: …"). */
  via: 'card' | 'command';
  /** When the contested message was refused, for which feature, in which zone. */
  blockedAt: Date;
  feature: Feature;
  zone: Zone;
  gate: GateAppealRecord;
  comment?: string;
  /** True when the gate refused the comment itself (then it is not kept). */
  commentBlocked?: boolean;
  status: AppealStatus;
  review?: AppealReview;
}

export interface AppealQuery {
  from?: Date;
  to?: Date;
  status?: AppealStatus;
}

export interface AppealRepository {
  /** Stores a new appeal; adding the same id again changes nothing. */
  add(appeal: Appeal): Promise<void>;
  get(id: string): Promise<Appeal | undefined>;
  /** Filed in [from, to), with the status; oldest first. */
  list(query: AppealQuery): Promise<Appeal[]>;
  /** Records the review of a PENDING appeal and returns it; undefined when there is no such appeal or it was already decided. */
  review(id: string, review: AppealReview): Promise<Appeal | undefined>;
}

export interface AnswerRepository {
  save(record: AnswerRecord): Promise<void>;
  get(id: string): Promise<AnswerRecord | undefined>;
  /** Several answers in one round trip (exports); ids not found are absent from the map. */
  getMany?(ids: string[]): Promise<Map<string, AnswerRecord>>;
  /** One person's answers in [from, to), oldest first (their own record of AI use: /lichsu). */
  listByUser?(userId: string, range: { from?: Date; to?: Date }): AsyncIterable<AnswerRecord>;
}

export interface FeedbackRepository {
  add(record: FeedbackRecord): Promise<void>;
  /** Oldest first; an async iterable so exports stream. */
  list(query: FeedbackQuery): AsyncIterable<FeedbackRecord>;
  /** One record by id (the console's detail view). */
  get?(id: string): Promise<FeedbackRecord | undefined>;
  /** Newest first, at most `limit` records strictly before `before` (time, then id). */
  page?(query: FeedbackPageQuery): Promise<FeedbackRecord[]>;
  /** Sets the per-citation verdicts of one record; false when no record has that id. */
  setCitationVerdicts?(id: string, verdicts: CitationVerdict[]): Promise<boolean>;
}

export interface AuditRepository {
  append(event: AuditEventInput): Promise<AuditEvent>;
  /** In sequence order. */
  list(query?: AuditQuery): AsyncIterable<AuditEvent>;
}

export interface UserRepository {
  upsert(user: Omit<UserRecord, 'createdAt' | 'updatedAt'> & { createdAt?: Date }): Promise<UserRecord>;
  /** By id, UPN (case-insensitive) or learned Entra object id. */
  get(idOrUpn: string): Promise<UserRecord | undefined>;
  /** Every record whose id, UPN or learned object id is one of `keys` (case-insensitive): all the records of one person. */
  findAll?(keys: string[]): Promise<UserRecord[]>;
  list(query?: { unit?: string }): Promise<UserRecord[]>;
  setStatus(id: string, status: UserStatus, at: Date): Promise<UserRecord | undefined>;
}

export interface NoteRepository {
  create(note: NoteRecord): Promise<void>;
  list(ownerId: string): Promise<NoteRecord[]>;
  get(ownerId: string, id: string): Promise<NoteRecord | undefined>;
  /** True when the owner's note existed and was deleted. */
  delete(ownerId: string, id: string): Promise<boolean>;
  /** Every note of every owner (key rotation: `npm run notebook:rekey`). */
  allNotes?(): AsyncIterable<NoteRecord>;
  /** Replaces a stored note with the same id and owner (key rotation); false when there is none. */
  replace?(note: NoteRecord): Promise<boolean>;
}

/** The formats of a knowledge source file (KNOWLEDGE_PATHS reads the same ones). */
export type KnowledgeSourceFormat = 'markdown' | 'docx' | 'pdf' | 'phapdien';

/** A knowledge source file a system administrator uploaded; its bytes are read apart (`content`). */
export interface KnowledgeSourceRecord {
  id: string;
  /** The file name as uploaded (its extension names the format), e.g. "nghi-dinh-13-2023.md". */
  fileName: string;
  format: KnowledgeSourceFormat;
  bytes: number;
  /** SHA-256 of the content (hex): the same file is not stored twice. */
  sha256: string;
  uploadedAt: Date;
  /** Audit actor of the administrator. */
  uploadedBy: string;
  /** What the file held when it was checked. */
  articleCount: number;
  documentCount: number;
}

/** Uploaded knowledge sources, kept in the store so every instance indexes them. */
export interface KnowledgeSourceRepository {
  /** Stores the file, then its record (a listed record always has its content); the same id again changes nothing. */
  add(record: KnowledgeSourceRecord, content: Buffer): Promise<void>;
  /** Every record, oldest first, without the contents. */
  list(): Promise<KnowledgeSourceRecord[]>;
  /** The bytes of one source, or undefined. */
  content(id: string): Promise<Buffer | undefined>;
  /** Removes a source (its record first, then its bytes); true when there was one. */
  remove(id: string): Promise<boolean>;
}

/** Key-value storage for bot conversation state. */
export interface StateRepository {
  read(keys: string[]): Promise<Record<string, unknown>>;
  write(changes: Record<string, unknown>): Promise<void>;
  delete(keys: string[]): Promise<void>;
  /**
   * Stores `value` under `key` only when the key is absent, atomically across instances; resolves with the value stored
   * under the key afterwards (this one, or the one another instance stored first). Both stores have it.
   */
  putIfAbsent?(key: string, value: unknown): Promise<unknown>;
}

/** A named lease: one holder at a time until it expires (jobs that must run on one instance, the audit chainer). */
export interface LeaseRecord {
  name: string;
  holder: string;
  expiresAt: Date;
  /** What the holder keeps with the lease (e.g. the audit chain head), kept across holders. */
  data?: Record<string, unknown>;
}

/**
 * Leases in the store, so exactly one instance does a thing at a time. Expiry is judged by the instances' clocks
 * (keep them NTP-synchronised); a holder that stops renewing loses the lease after its time-to-live.
 */
export interface LeaseRepository {
  /** Takes the lease for `holder` until now + ttlMs when it is free, expired or already theirs; true when held. */
  acquire(name: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Extends a lease `holder` still holds, storing `data` with it; false when it is no longer theirs. */
  renew(name: string, holder: string, ttlMs: number, data?: Record<string, unknown>): Promise<boolean>;
  /** Gives the lease up if `holder` holds it, storing `data` with it. */
  release(name: string, holder: string, data?: Record<string, unknown>): Promise<void>;
  get(name: string): Promise<LeaseRecord | undefined>;
}

/**
 * Temporary values shared by every instance, each with an expiry that the code enforces (no TTL index: FerretDB has
 * none): a read never returns an expired value, and `sweep` removes them. Keys live in namespaces ("meeting-summary",
 * "file-offer", "console-session", "link-code"…). Values are stored as JSON text.
 */
export interface ExpiringRepository {
  /** Stores `value` until now + ttlMs, replacing what was there. */
  put(namespace: string, key: string, value: unknown, ttlMs: number): Promise<void>;
  /** Stores only when nothing unexpired is there; true when this call stored it (one caller wins across instances). */
  putIfAbsent(namespace: string, key: string, value: unknown, ttlMs: number): Promise<boolean>;
  /** The value, or undefined when absent or expired. */
  get<T = unknown>(namespace: string, key: string): Promise<T | undefined>;
  /** Removes the value and returns it; of concurrent callers at most one gets it (one-time codes, file offers). */
  take<T = unknown>(namespace: string, key: string): Promise<T | undefined>;
  delete(namespace: string, key: string): Promise<void>;
  /** Removes every expired value; resolves with how many. */
  sweep(): Promise<number>;
}

export interface PurgeCutoffs {
  answers?: Date;
  feedback?: Date;
  audit?: Date;
  notes?: Date;
  appeals?: Date;
  /** Notes of revoked users whose status changed before this date. */
  revokedUserNotes?: Date;
}

/** Everything persisted, behind one interface with two implementations (MongoDB, embedded). */
export interface Store {
  readonly kind: 'mongodb' | 'embedded';
  answers: AnswerRepository;
  feedback: FeedbackRepository;
  audit: AuditRepository;
  users: UserRepository;
  notes: NoteRepository;
  appeals: AppealRepository;
  /** Knowledge source files uploaded in the console. */
  knowledgeSources: KnowledgeSourceRepository;
  state: StateRepository;
  /** Temporary shared values with an expiry (store/expiring/README.md). */
  expiring: ExpiringRepository;
  /** Leases of jobs and the audit chainer. */
  leases: LeaseRepository;
  /** Resolves when the store answers; rejects otherwise (used by /readyz). */
  ping(): Promise<void>;
  /** Calls `listener` the moment the store is known unreachable, before any operation times out (MongoDB only). */
  onUnreachable?(listener: (err: Error) => void): void;
  /** Removes records older than the cutoffs; returns counts removed per collection. */
  purge(cutoffs: PurgeCutoffs): Promise<Record<string, number>>;
  close(): Promise<void>;
}
