import type { Article } from '../types';
import type { IndexData } from '../index/index-data';
import { parseClauses } from '../load/split-articles';

const decoder = new TextDecoder();

/** One stored article: id, number, title, text, topic, amendment notes, repealed flag (1 or 0). */
type ArticleRecord = [string, string, string, string, string, string[], number];

/** The record of an article as the index stores it (the document lives in the index header). */
export function articleRecord(a: Article): ArticleRecord {
  return [a.id, a.number, a.title, a.text, a.topic ?? '', a.notes ?? [], a.repealed ? 1 : 0];
}

/** The text of one article alone (no clause parsing): what scoring a candidate's lines needs. */
export function readArticleText(data: IndexData, doc: number): string {
  const bytes = data.records.subarray(data.recordOffsets[doc], data.recordOffsets[doc + 1]);
  return (JSON.parse(decoder.decode(bytes)) as ArticleRecord)[3];
}

/** Decodes one article from the record store on demand (articles are not kept as objects). */
export function readArticle(data: IndexData, doc: number): Article {
  const bytes = data.records.subarray(data.recordOffsets[doc], data.recordOffsets[doc + 1]);
  const [id, number, title, text, topic, notes, repealed] = JSON.parse(decoder.decode(bytes)) as ArticleRecord;
  return {
    id,
    number,
    title,
    text,
    clauses: parseClauses(text),
    document: data.documents[data.articleDoc[doc]],
    topic: topic || undefined,
    ...(notes?.length ? { notes } : {}),
    ...(repealed ? { repealed: true } : {}),
  };
}
