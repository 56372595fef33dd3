import type { Gate, Verdict } from '../gate/types';
import type { PassedVerdict, TurnContext } from '../turns/feature';
import type { Turn } from '../turns/types';
import { isFileAttachment, readAttachment, type DownloadAttachment } from './attachments';
import { foldAligned } from '../core/vietnamese';
import { fill, formatBytes, messages } from './messages';
import type { TranscriptSource } from './transcript-source';
import { personKeyOf } from '../turns/person-key';

/** Where the meeting text came from (for the audit log). */
export type MeetingSource = 'paste' | 'txt' | 'vtt' | 'docx' | 'graph';

/** The screened meeting text, or the reply that ends the turn (refusal, size, type, usage). */
export type MeetingInput =
  | { kind: 'text'; source: MeetingSource; verdict: PassedVerdict; bytes: number }
  | { kind: 'stop'; text: string; outcome: 'refused' | 'too_large' | 'unsupported'; details: Record<string, string | number | boolean | null> };

export interface MeetingInputDeps {
  gate: Gate;
  maxBytes: number;
  downloadAttachment: DownloadAttachment;
  transcriptSource?: TranscriptSource;
}

/** "/tomtat …", "tóm tắt cuộc họp: …" (with or without diacritics), matched on folded text. */
export const SUMMARY_COMMAND = /^\s*(?:\/tom\s?tat\b|(?:hay |giup toi |vui long |xin )?tom tat (?:giup |noi dung )?(?:cuoc hop|bien ban|buoi hop|hoi nghi|phien hop)(?: (?:sau|nay|duoi day))?)\s*[:\-–]?\s*/;
// Shorter than this, the words after the command are a request ("tóm tắt cuộc họp hôm qua"), not minutes.
const MIN_PASTED_CHARS = 80;

/** Finds the meeting text of a turn (attachment, pasted text, or the Teams transcript) and screens it. */
export async function resolveMeetingInput(turn: Turn, ctx: TurnContext, deps: MeetingInputDeps): Promise<MeetingInput> {
  const types = messages.types;
  const file = turn.attachments.find(isFileAttachment);
  if (file) {
    const read = await readAttachment(file, { maxBytes: deps.maxBytes, download: deps.downloadAttachment });
    const name = file.name || 'tệp đính kèm';
    switch (read.kind) {
      case 'unsupported': return stop(fill(messages.unsupported, { name, types }), 'unsupported', { reason: 'file_type' });
      case 'too_large': return stop(fill(messages.tooLarge, { name, limit: formatBytes(deps.maxBytes) }), 'too_large', { bytes: read.bytes ?? null });
      case 'download_failed': return stop(fill(messages.downloadFailed, { name }), 'unsupported', { reason: 'download_failed' });
      case 'unreadable': return stop(fill(messages.unreadable, { name, types }), 'unsupported', { reason: 'unreadable' });
      case 'ok': return screened(deps.gate.screen(read.text, { source: 'transcript' }), read.format, read.bytes);
    }
  }
  const verdict = ctx.verdict ?? deps.gate.screen(turn.text, { source: 'message' });
  if (verdict.decision === 'block') return refused(verdict);
  const body = stripCommand(verdict.text);
  if (body.length >= MIN_PASTED_CHARS || (body.includes('\n') && body.length > 20)) {
    const bytes = Buffer.byteLength(body, 'utf8');
    if (bytes > deps.maxBytes) return stop(fill(messages.textTooLarge, { limit: formatBytes(deps.maxBytes) }), 'too_large', { bytes });
    return { kind: 'text', source: 'paste', verdict: { ...verdict, text: body }, bytes };
  }
  if (!deps.transcriptSource) {
    return stop(`${fill(messages.usage, { types })}\n\n${messages.graphNotConfigured}`, 'unsupported', { reason: 'no_content' });
  }
  const fetched = await deps.transcriptSource.fetchForConversation({ conversationId: turn.conversation.id, userId: personKeyOf(turn), tenantId: turn.tenantId });
  switch (fetched.kind) {
    case 'not_found': return stop(messages.graphNotFound, 'unsupported', { reason: 'transcript_not_found' });
    case 'forbidden': return stop(messages.graphForbidden, 'unsupported', { reason: 'graph_forbidden', status: fetched.status });
    case 'too_large': return stop(fill(messages.graphTooLarge, { limit: formatBytes(deps.maxBytes) }), 'too_large', { bytes: fetched.bytes ?? null });
    case 'unavailable': return stop(messages.graphUnavailable, 'unsupported', { reason: 'graph_unavailable' });
  }
  const bytes = Buffer.byteLength(fetched.text, 'utf8');
  if (bytes > deps.maxBytes) return stop(fill(messages.textTooLarge, { limit: formatBytes(deps.maxBytes) }), 'too_large', { bytes });
  return screened(deps.gate.screen(fetched.text, { source: 'transcript' }), 'graph', bytes);
}

/** Removes the summary command from the front of the (screened) message text. */
export function stripCommand(text: string): string {
  const nfc = text.normalize('NFC');
  const m = SUMMARY_COMMAND.exec(foldAligned(nfc));
  return (m ? nfc.slice(m[0].length) : nfc).trim();
}

function screened(verdict: Verdict, source: MeetingSource, bytes: number): MeetingInput {
  return verdict.decision === 'block' ? refused(verdict) : { kind: 'text', source, verdict, bytes };
}

// The reason says which rule applies and what to do instead; nothing of the text is kept or logged.
function refused(verdict: Extract<Verdict, { decision: 'block' }>): MeetingInput {
  const { message, rule, alternative } = verdict.reason;
  const text = [messages.refusedPrefix, message, rule ? `(${rule})` : '', alternative].filter(Boolean).join('\n');
  return stop(text, 'refused', { level: verdict.level, categories: verdict.categories.join(',') });
}

function stop(text: string, outcome: 'refused' | 'too_large' | 'unsupported', details: Record<string, string | number | boolean | null>): MeetingInput {
  return { kind: 'stop', text, outcome, details };
}
