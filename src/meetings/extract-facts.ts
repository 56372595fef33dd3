import { foldAligned, tidy } from '../core/vietnamese';
import type { MeetingMinutes } from './minutes';
import type { Transcript } from './transcript';

type Facts = MeetingMinutes['facts'];

// "Label: value" lines of a written biên bản header.
const LABELS: [keyof Omit<Facts, 'participants'> | 'participants', RegExp][] = [
  ['time', /^(?:thoi gian|vao luc)\s*:\s*/],
  ['place', /^dia diem\s*:\s*/],
  ['chair', /^(?:chu tri|chu toa)\s*:\s*/],
  ['participants', /^(?:thanh phan(?: tham du)?|tham du|nguoi tham du)\s*:\s*/],
];
const SPOKEN_TIME = /(?:(?:vao\s+)?(?:luc\s+)?\d{1,2}\s*(?:gio|h)\s*\d{0,2}(?:\s*phut)?,?\s*)?(?:(?:hom nay|sang nay|chieu nay),?\s*)?ngay\s+\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4}|ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}/;
const SPOKEN_PLACE = /\btai\s+(?:hoi truong|phong hop|tru so|nha van hoa|van phong|khu pho|ubnd)[^,.;]*/;
const SPOKEN_CHAIR = /\bdo\s+((?:dong chi|d\/c|ong|ba)\s+[^,.;]{3,80}?)\s+chu tri\b|\b((?:dong chi|d\/c)\s+[^,.;]{3,80}?)\s+chu tri cuoc hop\b/;
const TITLE = /\b(?:bien ban|cuoc hop|hoi nghi|giao ban|hop ban|phien hop)\b/;
// Facts are stated at the opening: only the first lines are searched for spoken forms.
const OPENING_UTTERANCES = 15;

/** Finds the meeting facts (time, place, chair, participants) and a title, from header lines or the opening speech. */
export function extractFacts(transcript: Transcript): { title: string; facts: Facts } {
  const facts: Facts = { time: '', place: '', chair: '', participants: [] };
  let title = '';
  transcript.utterances.forEach((u, i) => {
    const text = tidy(u.text);
    const f = foldAligned(text);
    if (!u.speaker) {
      for (const [key, re] of LABELS) {
        const m = re.exec(f);
        if (!m) continue;
        const value = text.slice(m[0].length).replace(/[.;]$/, '');
        if (key === 'participants') facts.participants.push(...splitList(value));
        else if (!facts[key]) facts[key] = value;
      }
      if (!title && i < 5 && text.length < 160 && TITLE.test(f) && !text.includes(':')) title = text;
    }
    if (i >= OPENING_UTTERANCES) return;
    if (!facts.time) facts.time = pick(text, f, SPOKEN_TIME);
    if (!facts.place) facts.place = pick(text, f, SPOKEN_PLACE).replace(/^tại\s+/iu, '');
    if (!facts.chair) {
      const m = SPOKEN_CHAIR.exec(f);
      const g = m ? (m[1] ? 1 : 2) : 0;
      if (m) facts.chair = text.substr(f.indexOf(m[g], m.index), m[g].length);
    }
  });
  if (facts.participants.length === 0) facts.participants = [...transcript.speakers];
  return { title, facts };
}

function pick(text: string, f: string, re: RegExp): string {
  const m = re.exec(f);
  return m ? text.slice(m.index, m.index + m[0].length).trim() : '';
}

function splitList(value: string): string[] {
  return value.split(/[;]|,\s+(?=[\p{Lu}])/u).map((s) => s.trim()).filter(Boolean);
}
