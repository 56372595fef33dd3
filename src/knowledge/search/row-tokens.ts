import type { IndexData } from '../index/index-data';
import { documentHeading } from '../index/build-index';
import { termKey } from '../index/terms';
import { stripDiacritics, syllables } from '../normalize';

/** Lists of term keys, list i being keys[offsets[i] .. offsets[i + 1]). */
export interface KeyLists {
  offsets: Uint32Array;
  keys: Float64Array;
}

/** One spelling (accented, or diacritics-free for questions typed without accents) of the re-ranker's texts. */
export interface SpellingTokens {
  /** Per row: the title's syllables, in order (with repeats). */
  titleUni: KeyLists;
  /** Per row: the title's adjacent syllable pairs ("a b"), in order. */
  titleBi: KeyLists;
  /** Per distinct topic: its syllables. */
  topicUni: KeyLists;
  /** Per document: the syllables of its heading (type, number, name). */
  headingUni: KeyLists;
}

/**
 * Titles, topics and document headings tokenised once per index, as term keys (`termKey` of the syllable, or
 * of "a b" for a pair), so re-ranking a candidate compares numbers instead of normalising and splitting text
 * for every candidate of every question.
 */
export interface RowTokens {
  accented: SpellingTokens;
  plain: SpellingTokens;
  /** Index of each row's topic in the topic lists. */
  topicOf: Uint32Array;
}

function keyLists(lists: string[][], pairs: boolean): KeyLists {
  const offsets = new Uint32Array(lists.length + 1);
  const keys: number[] = [];
  for (let i = 0; i < lists.length; i++) {
    const toks = lists[i];
    if (pairs) for (let j = 0; j + 1 < toks.length; j++) keys.push(termKey(`${toks[j]} ${toks[j + 1]}`));
    else for (const t of toks) keys.push(termKey(t));
    offsets[i + 1] = keys.length;
  }
  return { offsets, keys: Float64Array.from(keys) };
}

function spelling(titles: string[][], topics: string[][], headings: string[][]): SpellingTokens {
  return {
    titleUni: keyLists(titles, false),
    titleBi: keyLists(titles, true),
    topicUni: keyLists(topics, false),
    headingUni: keyLists(headings, false),
  };
}

const cache = new WeakMap<IndexData, RowTokens>();

/** The row tokens of an index, computed on first use and kept as long as the index. */
export function rowTokens(data: IndexData): RowTokens {
  let tokens = cache.get(data);
  if (tokens) return tokens;
  const topicIds = new Map<string, number>();
  const topicOf = new Uint32Array(data.n);
  for (let i = 0; i < data.n; i++) {
    const t = data.topics[i];
    let id = topicIds.get(t);
    if (id === undefined) topicIds.set(t, (id = topicIds.size));
    topicOf[i] = id;
  }
  const titles = data.titles.map((t) => syllables(t));
  const topics = [...topicIds.keys()].map((t) => syllables(t));
  const headings = data.documents.map((d) => syllables(documentHeading(d)));
  // One strip per text rather than per syllable (stripping neither adds nor removes separators).
  const plain = (lists: string[][]) => lists.map((toks) => (toks.length ? stripDiacritics(toks.join(' ')).split(' ') : []));
  tokens = {
    accented: spelling(titles, topics, headings),
    plain: spelling(plain(titles), plain(topics), plain(headings)),
    topicOf,
  };
  cache.set(data, tokens);
  return tokens;
}
