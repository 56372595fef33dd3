import mammoth from 'mammoth';
import { AppError } from '../core/app-error';
import type { InboundAttachment } from '../turns/types';
import { parseVtt } from './transcript';

/** Formats the meeting feature reads. */
export type MeetingFileFormat = 'txt' | 'vtt' | 'docx';

/** Downloads an attachment, rejecting with AppError('PAYLOAD_TOO_LARGE') beyond `maxBytes` (injected by the bot). */
export type DownloadAttachment = (att: InboundAttachment, maxBytes: number) => Promise<Buffer>;

/** The outcome of reading one attachment; only 'ok' carries text (still to be screened by the gate). */
export type AttachmentRead =
  | { kind: 'ok'; format: MeetingFileFormat; text: string; bytes: number }
  | { kind: 'unsupported' }
  | { kind: 'too_large'; bytes?: number }
  | { kind: 'download_failed' }
  | { kind: 'unreadable' };

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const BY_CONTENT_TYPE: Record<string, MeetingFileFormat> = { 'text/plain': 'txt', 'text/vtt': 'vtt', [DOCX_TYPE]: 'docx' };
// Parts of a Teams message that are not files the user sent: the HTML copy of the text, cards, mentions.
const NOT_A_FILE = /^(?:text\/html|application\/vnd\.microsoft\.card\.|application\/vnd\.microsoft\.teams\.card\.)/;

/** True when the attachment is a file the user sent (not the HTML copy of the message or a card). */
export function isFileAttachment(att: InboundAttachment): boolean {
  return !NOT_A_FILE.test(att.contentType);
}

/** The supported format of an attachment, by file extension first, then content type. */
export function formatOf(att: InboundAttachment): MeetingFileFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(att.name ?? '')?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'vtt' || ext === 'docx') return ext;
  if (ext) return undefined;
  return BY_CONTENT_TYPE[att.contentType.toLowerCase()];
}

/** Checks, downloads and extracts the text of a meeting file; the text is returned as "Speaker: text" lines. */
export async function readAttachment(att: InboundAttachment, opts: { maxBytes: number; download: DownloadAttachment }): Promise<AttachmentRead> {
  const format = formatOf(att);
  if (!format) return { kind: 'unsupported' };
  if (att.size !== undefined && att.size > opts.maxBytes) return { kind: 'too_large', bytes: att.size };
  let buffer: Buffer;
  try {
    buffer = await opts.download(att, opts.maxBytes);
  } catch (e) {
    if (AppError.isInstance(e) && e.code === 'PAYLOAD_TOO_LARGE') return { kind: 'too_large' };
    return { kind: 'download_failed' };
  }
  // The downloader should enforce the limit; a second check costs nothing.
  if (buffer.length > opts.maxBytes) return { kind: 'too_large', bytes: buffer.length };
  try {
    const text = await extractText(buffer, format);
    return text.trim() ? { kind: 'ok', format, text, bytes: buffer.length } : { kind: 'unreadable' };
  } catch {
    return { kind: 'unreadable' };
  }
}

/** Extracts plain text from a .txt, .vtt (as "Speaker: text" lines) or .docx file. */
export async function extractText(buffer: Buffer, format: MeetingFileFormat): Promise<string> {
  if (format === 'docx') return (await mammoth.extractRawText({ buffer })).value;
  const text = decodeText(buffer);
  if (format === 'vtt' || /^WEBVTT/.test(text.trimStart())) {
    // Timestamps and cue ids are dropped before the gate sees the text, so they are never mistaken for numbers.
    return parseVtt(text).utterances.map((u) => (u.speaker ? `${u.speaker}: ${u.text}` : u.text)).join('\n');
  }
  return text;
}

/** Decodes UTF-8 (with or without BOM) or UTF-16 with a BOM, as Notepad and Teams save them. */
export function decodeText(buffer: Buffer): string {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.subarray(2).toString('utf16le');
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    const swapped = Buffer.from(buffer.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return buffer.toString('utf8').replace(/^\ufeff/, '').normalize('NFC');
}
