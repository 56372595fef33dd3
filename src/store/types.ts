import type { AppealRecord as GateAppealRecord, AuditSummary, Zone } from '../gate/types';

export type ConversationType = 'personal' | 'groupChat' | 'channel';
export type Feature = 'qa' | 'meeting' | 'help' | 'notebook' | 'account' | 'usage' | 'feedback' | 'appeal' | 'other';
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
  reaction: Reaction;
  comment?: string;
  commentBlocked?: boolean;
}

export interface FeedbackQuery {
  from?: Date;
  to?: Date;
  reaction?: Reaction;
  unit?: string;
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
  name: string;
  unit: string;
  role: Role;
  status: UserStatus;
  createdAt: Date;
  updatedAt: Date;
  statusChangedAt?: Date;
}

/** A note in a user's "Sổ tay AI"; only its owner may read it. */
export interface NoteRecord {
  id: string;
  ownerId: string;
  title: string;
  /** Markdown body (e.g. a meeting summary). */
  content: string;
  kind: 'meeting_summary' | 'note';
  createdAt: Date;
  /** Structured data for exports (e.g. the biên bản fields). */
  data?: Record<string, unknown>;
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
}

export interface FeedbackRepository {
  add(record: FeedbackRecord): Promise<void>;
  /** Oldest first; an async iterable so exports stream. */
  list(query: FeedbackQuery): AsyncIterable<FeedbackRecord>;
}

export interface AuditRepository {
  append(event: AuditEventInput): Promise<AuditEvent>;
  /** In sequence order. */
  list(query?: AuditQuery): AsyncIterable<AuditEvent>;
}

export interface UserRepository {
  upsert(user: Omit<UserRecord, 'createdAt' | 'updatedAt'> & { createdAt?: Date }): Promise<UserRecord>;
  /** By id or UPN (case-insensitive for UPN). */
  get(idOrUpn: string): Promise<UserRecord | undefined>;
  list(query?: { unit?: string }): Promise<UserRecord[]>;
  setStatus(id: string, status: UserStatus, at: Date): Promise<UserRecord | undefined>;
}

export interface NoteRepository {
  create(note: NoteRecord): Promise<void>;
  list(ownerId: string): Promise<NoteRecord[]>;
  get(ownerId: string, id: string): Promise<NoteRecord | undefined>;
  /** True when the owner's note existed and was deleted. */
  delete(ownerId: string, id: string): Promise<boolean>;
}

/** Key-value storage for bot conversation state. */
export interface StateRepository {
  read(keys: string[]): Promise<Record<string, unknown>>;
  write(changes: Record<string, unknown>): Promise<void>;
  delete(keys: string[]): Promise<void>;
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
  state: StateRepository;
  /** Resolves when the store answers; rejects otherwise (used by /readyz). */
  ping(): Promise<void>;
  /** Removes records older than the cutoffs; returns counts removed per collection. */
  purge(cutoffs: PurgeCutoffs): Promise<Record<string, number>>;
  close(): Promise<void>;
}
