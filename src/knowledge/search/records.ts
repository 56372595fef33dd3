import zlib from 'node:zlib';
import type { Article } from '../types';
import type { IndexData } from '../index/index-data';
import { parseClauses } from '../load/split-articles';

const decoder = new TextDecoder();

// Records are stored raw-deflated one by one.
const recordText = (data: IndexData, doc: number): string =>
  decoder.decode(zlib.inflateRawSync(data.records.subarray(data.recordOffsets[doc], data.recordOffsets[doc + 1])));

/** One stored article: id, number, title, text, topic, amendment notes, repealed flag (1 or 0). */
type ArticleRecord = [string, string, string, string, string, string[], number];

/** The record of an article as the index stores it (the document lives in the index header). */
export function articleRecord(a: Article): ArticleRecord {
  return [a.id, a.number, a.title, a.text, a.topic ?? '', a.notes ?? [], a.repealed ? 1 : 0];
}

/** The text of one article alone (no clause parsing): what scoring a candidate's lines needs. */
export function readArticleText(data: IndexData, doc: number): string {
  return (JSON.parse(recordText(data, doc)) as ArticleRecord)[3];
}

/** Decodes one article from the record store on demand (articles are not kept as objects). */
export function readArticle(data: IndexData, doc: number): Article {
  const [id, number, title, text, topic, notes, repealed] = JSON.parse(recordText(data, doc)) as ArticleRecord;
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
