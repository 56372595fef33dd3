import { foldDiacritics as fold, tidy } from '../core/vietnamese';

/** One stretch of speech (or one line of minutes), with its speaker when known. */
export interface Utterance {
  speaker?: string;
  text: string;
}

/** A meeting transcript or minutes as plain utterances. */
export interface Transcript {
  utterances: Utterance[];
  /** Distinct speakers in order of first appearance. */
  speakers: string[];
}

// Labels of a biên bản header: a "Label: value" line is a fact, not a speaker turn.
const FACT_LABELS = /^(thoi gian|dia diem|chu tri|chu toa|thanh phan|tham du|thu ky|nguoi ghi|noi dung|ket luan|v\/v|ve viec|so|can cu|kinh gui|noi nhan|ghi chu|chuong trinh)\b/;
const TIMESTAMP = /^\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\)?\]?\s*(?:-\s*)?/;

/** Parses a Teams WEBVTT export (`<v Speaker>text</v>` cues); consecutive cues of one speaker merge. */
export function parseVtt(source: string): Transcript {
  const blocks = source.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  const utterances: Utterance[] = [];
  for (const block of blocks) {
    const lines = block.split('\n');
    const timing = lines.findIndex((l) => l.includes('-->'));
    if (timing < 0) continue;
    const payload = lines.slice(timing + 1).join(' ');
    const voice = /<v\s+([^>]+)>/.exec(payload);
    const speaker = voice ? tidy(voice[1]) : undefined;
    const text = tidy(payload.replace(/<[^>]+>/g, ' '));
    if (!text) continue;
    pushUtterance(utterances, { speaker, text });
  }
  return withSpeakers(utterances);
}

/** Parses pasted or .txt minutes: "Speaker: text" lines become turns, other lines stay as they are. */
export function parsePlainText(source: string): Transcript {
  const utterances: Utterance[] = [];
  const caseless = !/\p{Lu}/u.test(source);
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = tidy(raw.replace(TIMESTAMP, ''));
    if (!line) continue;
    const m = /^([^:]{2,80}?)\s*:\s+(.+)$/.exec(line);
    if (m && looksLikeSpeaker(m[1], caseless)) pushUtterance(utterances, { speaker: tidy(m[1]), text: m[2] });
    else utterances.push({ text: line });
  }
  return withSpeakers(utterances);
}

/** Chooses the parser by content: WEBVTT when the text starts like one. */
export function parseTranscript(source: string): Transcript {
  return /^\ufeff?WEBVTT/.test(source.trimStart()) ? parseVtt(source) : parsePlainText(source);
}

/** True when a "X: …" prefix names a person or role rather than a biên bản field or a time. */
function looksLikeSpeaker(prefix: string, caseless: boolean): boolean {
  const words = prefix.trim().split(/\s+/);
  if (words.length > 9 || /^\d/.test(prefix) || /[.;!?,]/.test(prefix)) return false;
  if (FACT_LABELS.test(fold(prefix))) return false;
  // Without capitals, only a short name-like prefix ("vu duc thang") counts as a speaker.
  if (caseless) return words.length <= 5 && !/[-–•*+]/.test(prefix);
  return /^[\p{Lu}[(]/u.test(prefix.trim());
}

function pushUtterance(list: Utterance[], u: Utterance): void {
  const last = list[list.length - 1];
  if (last && u.speaker && last.speaker === u.speaker) last.text = `${last.text} ${u.text}`;
  else list.push({ ...u });
}

function withSpeakers(utterances: Utterance[]): Transcript {
  const speakers: string[] = [];
  for (const u of utterances) if (u.speaker && !speakers.includes(u.speaker)) speakers.push(u.speaker);
  return { utterances, speakers };
}
