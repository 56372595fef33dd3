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

/**
 * The laws of the known gaps a question speaks of: its syllables against the cues', whole words, with diacritics
 * ("lưu trú" is not "lưu trữ"); a question without any diacritic (not restored) is compared without them.
 */
export function gapsIn(question: string, gaps: KnownGap[]): string[] {
  if (gaps.length === 0) return [];
  const plain = isUnaccented(question);
  const form = (t: string): string => ` ${(plain ? syllables(stripDiacritics(t)) : syllables(t)).join(' ')} `;
  const text = form(question);
  return gaps.filter((g) => g.cues.some((c) => text.includes(form(c)))).map((g) => g.law);
}
