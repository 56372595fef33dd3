import data from './small-talk.vi.json';
import { syllables } from './lexical';

const phrases = new Set(data.phrases.map((p) => syllables(p).join(' ')));
const fillers = new Set(data.fillers.flatMap((f) => syllables(f)));

/** True for greetings, thanks and one-word messages: they get a pointer to /help, not a legal search. */
export function isSmallTalk(text: string): boolean {
  const words = syllables(text);
  if (words.length === 0) return true;
  if (words.length === 1 && !text.includes('?')) return true;
  // Strip trailing politeness ("chào bạn nhé", "cảm ơn ạ") before comparing with the phrase list.
  let end = words.length;
  while (end > 1 && fillers.has(words[end - 1]) && !phrases.has(words.slice(0, end).join(' '))) end--;
  return phrases.has(words.slice(0, end).join(' '));
}
