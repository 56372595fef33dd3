import type { Article } from '../types';
import type { IndexData } from '../index/index-data';
import { parseClauses } from '../load/split-articles';

const decoder = new TextDecoder();

/** Decodes one article from the record store on demand (articles are not kept as objects). */
export function readArticle(data: IndexData, doc: number): Article {
  const bytes = data.records.subarray(data.recordOffsets[doc], data.recordOffsets[doc + 1]);
  const [id, number, title, text, topic] = JSON.parse(decoder.decode(bytes)) as [string, string, string, string, string];
  return { id, number, title, text, clauses: parseClauses(text), document: data.documents[data.articleDoc[doc]], topic: topic || undefined };
}
