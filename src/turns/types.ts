import type { ConversationType, Feature, StoredCitation } from '../store/types';
import type { AuditSummary } from '../gate/types';
import type { ChannelName } from './channel';

/** A file the user attached, as the channel describes it (downloaded later, after checks). */
export interface InboundAttachment {
  name: string;
  contentType: string;
  /** Where to download it from (Teams file download URL or inline data URL). */
  url?: string;
  /** Declared size in bytes where the channel gives one. */
  size?: number;
  /** The channel and service URL it came with: decides which hosts it may be downloaded from. */
  source?: { channel: string; serviceUrl?: string };
}

/** One inbound message, mapped from the channel's activity; knows nothing of Teams. */
export interface Turn {
  /** Correlation id for logs and audit. */
  id: string;
  user: { id: string; aadObjectId?: string; name?: string; upn?: string };
  tenantId?: string;
  conversation: { id: string; type: ConversationType };
  /** The text with the bot mention stripped. */
  text: string;
  attachments: InboundAttachment[];
  /** Data submitted from a card button, if any. */
  value?: unknown;
  /** The id of the inbound activity (for replies). */
  activityId?: string;
  /** Where the message came from; Teams when absent. */
  channel?: ChannelName;
}

/** A citation shown with an answer. */
export interface Citation extends StoredCitation {
  /** Position [n] in the answer text. */
  position: number;
  /** The cited article's heading ("Điều 7 Nghị định …: title"); each channel shortens it to its own limits. */
  name: string;
  /** The passage quoted from the article (or its opening); each channel shortens it to its own limits. */
  abstract: string;
  /** The document's date of issue (dd/mm/yyyy), where known: channels without pop-ups print it with the source. */
  issued?: string;
}

/** What is recorded with an AI answer once it has been sent. */
export interface AnswerDraft {
  feature: Feature;
  question: string;
  answerer: string;
  latencyMs: number;
  gate: AuditSummary;
}

/** AI-generated content: labelled, cited, with feedback enabled. */
export interface AiAnswer {
  /** The text shown to this user (redacted values restored). */
  text: string;
  /** What is stored and exported: the same answer with placeholders, never restored personal values. Defaults to `text`. */
  recordText?: string;
  citations: Citation[];
  /** Adds the "internal" sensitivity label (level-2 content allowed on-premises). */
  sensitivity?: 'internal';
  /** Extra notices shown under the answer (e.g. model fallback, gate notice). */
  notices: string[];
  draft: AnswerDraft;
  /** Card actions offered under the answer, e.g. "Lưu vào Sổ tay". */
  actions?: { title: string; data: Record<string, unknown> }[];
  /** Streamed text chunks in 1:1 chats (generative mode), if any; `text` is the final text. */
  stream?: AsyncIterable<string>;
}

/** A file sent back to the user (e.g. a .docx biên bản). */
export interface OutboundFile {
  name: string;
  contentType: string;
  content: Buffer;
}

/** One reply, saying what it means; each channel (src/bot/, src/zalo/) renders it within its own limits. */
export type Reply =
  | { kind: 'text'; text: string }
  /** A refusal that can be contested: Teams shows the appeal card under the text, other channels the text (it names /khieunai). */
  | { kind: 'refusal'; text: string; refusalId: string }
  /** The command list and how to ask. */
  | { kind: 'help' }
  /** A form to fill in where the channel has forms (the /soanthao drafting form); other channels skip it. */
  | { kind: 'form'; form: 'document-draft'; title: string }
  | { kind: 'answer'; answer: AiAnswer }
  /** How to rate the answer recorded under `answerId`, for channels without a native feedback control. */
  | { kind: 'feedback-prompt'; answerId: string }
  | { kind: 'file'; file: OutboundFile; text: string }
  | { kind: 'none' };

/** What a feature reports about a turn for the audit log (never message text). */
export interface TurnOutcome {
  feature: Feature;
  /** e.g. 'answered', 'no_basis', 'refused', 'saved', 'denied', 'error'. */
  outcome: string;
  answerer?: string;
  details?: Record<string, string | number | boolean | null>;
}

/** The result of handling one turn. */
export interface TurnResult {
  replies: Reply[];
  outcome: TurnOutcome;
}
