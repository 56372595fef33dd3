import fs from 'node:fs';
import { z } from 'zod';
import { isUnaccented, stripDiacritics, syllables } from '../normalize';

/** A subject the knowledge is known to lack: the law that governs it, and the words a question about it uses. */
export interface KnownGap {
  law: string;
  cues: string[];
}

const schema = z.object({ subjects: z.array(z.object({ law: z.string().min(3), cues: z.array(z.string().min(2)).min(1) })) });

/** The known gaps of the knowledge (KNOWLEDGE_GAPS_PATH, default knowledge/chu-de-chua-co.json); none when the file is absent; a bad file stops the start. */
export function loadKnownGaps(file: string | undefined): KnownGap[] {
  if (!file || !fs.existsSync(file)) return [];
  const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.subjects;
}

// An identifier (a number of six digits or more, or the gate's placeholder for one) and the word that labels it.
const IDENTIFIER = /(?:\[[\p{Lu}\p{M}\d_]+_\d+\]|\d(?:[\d .-]{4,}\d))/gu;
const MARK = ' zzidzz ';

/** Whether a text carries an identifier or a placeholder for one. */
export function hasIdentifier(text: string): boolean {
  return text.search(IDENTIFIER) >= 0;
}

/**
 * The laws of the known gaps a question speaks of: its syllables against the cues', whole words, with diacritics
 * ("lưu trú" is not "lưu trữ"); a question without any diacritic (not restored) is compared without them. A cue that
 * only labels an identifier ("có CCCD 001099012345", "CCCD [CCCD_1]") names the person, not the subject asked about.
 */
export function gapsIn(question: string, gaps: KnownGap[]): string[] {
  if (gaps.length === 0) return [];
  const plain = isUnaccented(question);
  const form = (t: string): string => ` ${(plain ? syllables(stripDiacritics(t)) : syllables(t)).join(' ')} `;
  const text = form(question.replace(IDENTIFIER, MARK));
  const speaksOf = (cue: string): boolean => {
    const c = form(cue);
    for (let at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) {
      const after = text.slice(at + c.length);
      if (!/^(?:(?:số|so|là|la)\s+)?zzidzz\b/u.test(after)) return true;
    }
    return false;
  };
  return gaps.filter((g) => g.cues.some(speaksOf)).map((g) => g.law);
}
