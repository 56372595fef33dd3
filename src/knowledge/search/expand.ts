import synonymData from '../data/synonyms.json';
import { stripDiacritics, syllables } from '../normalize';

/** A group of interchangeable phrases, each as syllables. */
type Group = string[][];

const GROUPS: Group[] = (synonymData.groups as string[][]).map((g) => g.map((p) => syllables(p)));
const PLAIN_GROUPS: Group[] = GROUPS.map((g) => g.map((p) => p.map(stripDiacritics)));

function containsAt(tokens: string[], phrase: string[], at: number): boolean {
  for (let j = 0; j < phrase.length; j++) if (tokens[at + j] !== phrase[j]) return false;
  return true;
}

function contains(tokens: string[], phrase: string[]): boolean {
  for (let i = 0; i + phrase.length <= tokens.length; i++) if (containsAt(tokens, phrase, i)) return true;
  return false;
}

/**
 * Returns the phrases (as syllable lists) that a query's abbreviations and synonyms stand for,
 * both ways (NĐ → nghị định, nghị định → nđ), excluding phrases already in the query.
 * `plain` matches on diacritics-free syllables, for queries typed without accents.
 */
export function expandSynonyms(tokens: string[], plain = false): string[][] {
  const groups = plain ? PLAIN_GROUPS : GROUPS;
  const out: string[][] = [];
  for (const group of groups) {
    if (!group.some((p) => contains(tokens, p))) continue;
    for (const phrase of group) if (!contains(tokens, phrase)) out.push(phrase);
  }
  return out;
}
