import cueData from '../data/definition-cues.json';
import { stripDiacritics, syllables } from '../normalize';

const plainPhrase = (p: string): string => ` ${syllables(p).map(stripDiacritics).join(' ')} `;
const QUESTION_CUES = cueData.questionCues.map(plainPhrase);
const TITLE_CUES = cueData.titleCues.map(plainPhrase);

const plainText = (text: string): string => ` ${syllables(text).map(stripDiacritics).join(' ')} `;

/** True when a question asks what a term means ("… là gì", "định nghĩa …"), with or without diacritics. */
export function isDefinitionQuestion(query: string): boolean {
  const q = plainText(query);
  return QUESTION_CUES.some((c) => q.includes(c));
}

/** True when an article title names a definitions article ("Giải thích từ ngữ"). */
export function isDefinitionsTitle(title: string): boolean {
  const t = plainText(title);
  return TITLE_CUES.some((c) => t.includes(c));
}
