import cueData from '../data/definition-cues.json';
import { stripDiacritics, syllables } from '../normalize';
import type { IndexData } from '../index/index-data';

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

const rowFlags = new WeakMap<IndexData, Uint8Array>();

/** 1 for each index row whose title names a definitions article; computed once per index (one pass over the titles). */
export function definitionRows(data: IndexData): Uint8Array {
  let flags = rowFlags.get(data);
  if (!flags) {
    flags = new Uint8Array(data.n);
    for (let i = 0; i < data.n; i++) flags[i] = isDefinitionsTitle(data.titles[i]) ? 1 : 0;
    rowFlags.set(data, flags);
  }
  return flags;
}
