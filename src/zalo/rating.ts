import { foldDiacritics } from '../core/vietnamese';

/** A message that is only a rating of the last answer, with an optional comment. */
export interface Rating {
  reaction: 'like' | 'dislike';
  comment?: string;
}

const EMOJI: [RegExp, Rating['reaction']][] = [
  [/^(?:👍|👍🏻|👍🏼|👍🏽|👍🏾|👍🏿|\(y\))/u, 'like'],
  [/^(?:👎|👎🏻|👎🏼|👎🏽|👎🏾|👎🏿)/u, 'dislike'],
];
// Words must stand alone or be followed by a separator or "vì"/"do" ("thích hợp không?" is a question, not a rating).
const WORDS: [RegExp, Rating['reaction']][] = [
  [/^khong thich(?=$|\s*[,.:;!\-–\n]|\s+(?:vi|do|boi vi)\b)/, 'dislike'],
  [/^thich(?=$|\s*[,.:;!\-–\n]|\s+(?:vi|do|boi vi)\b)/, 'like'],
];

/** Parses "👍", "👎 thiếu Điều 5", "thích", "không thích: sai căn cứ"; undefined for anything else. */
export function parseRating(input: string): Rating | undefined {
  const text = input.normalize('NFC').trim();
  for (const [pattern, reaction] of EMOJI) {
    const m = pattern.exec(text);
    if (m) return withComment(reaction, text.slice(m[0].length));
  }
  const folded = foldDiacritics(text);
  // Positions carry over only when folding kept the length (NFC text does).
  if (folded.length !== text.length) return undefined;
  for (const [pattern, reaction] of WORDS) {
    const m = pattern.exec(folded);
    if (m) return withComment(reaction, text.slice(m[0].length));
  }
  return undefined;
}

function withComment(reaction: Rating['reaction'], rest: string): Rating {
  const comment = rest.replace(/^[\s,.:;!\-–]+/, '').trim();
  return comment ? { reaction, comment } : { reaction };
}
