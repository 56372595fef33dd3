import zlib from 'node:zlib';
import type { Article, LegalDocument } from '../types';
import { termKey } from './terms';
import { createTermTable } from './term-table';
import { createSyllableTable, termHead, KIND_BI, KIND_PLAIN_BI, KIND_PLAIN_UNI, KIND_UNI } from './syllable-table';
import { FIELD_WEIGHTS, TF_SCALE, type IndexData } from './index-data';
import { articleRecord } from '../search/records';

// A small deflate state per call: records are a few KB.
const DEFLATE = { level: 1, memLevel: 4, windowBits: 15 };

// Codes below this are accented unigrams: the words that make an article's length.
const UNI_LIMIT = termHead(KIND_BI, 0);

/** Term ids above this do not fit beside an 8-bit frequency in one 32-bit posting. */
const MAX_TERMS = 1 << 24;

/**
 * Postings kept in fixed-size blocks while articles are added, so growing never copies (peak memory stays low):
 * one 32-bit word each, the term id above an 8-bit frequency.
 */
class Blocks {
  private readonly blocks: Uint32Array[] = [];
  length = 0;
  constructor(private readonly size = 1 << 22) {}
  push(term: number, tf: number): void {
    if (term >= MAX_TERMS) throw new Error(`Too many distinct terms for the index (over ${MAX_TERMS})`);
    const i = this.length % this.size;
    if (i === 0) this.blocks.push(new Uint32Array(this.size));
    this.blocks[this.blocks.length - 1][i] = term * 256 + tf;
    this.length++;
  }
  /** Visits every entry in order, releasing each block once read. */
  drain(visit: (term: number, tf: number, i: number) => void): void {
    for (let b = 0; b < this.blocks.length; b++) {
      const block = this.blocks[b];
      const n = Math.min(this.size, this.length - b * this.size);
      for (let i = 0; i < n; i++) visit(block[i] >>> 8, block[i] & 255, b * this.size + i);
      this.blocks[b] = new Uint32Array(0);
    }
  }
}

/** The document heading text that is indexed with every article (type, số hiệu, title). */
export function documentHeading(d: LegalDocument): string {
  return [d.loaiVanBan, d.soHieu, d.ten].filter(Boolean).join(' ');
}

/** Creates an index builder: add articles in order, then `finish` into typed arrays. */
export function createIndexBuilder(weights: typeof FIELD_WEIGHTS = FIELD_WEIGHTS) {
  const table = createSyllableTable();
  const termIds = createTermTable();
  // Per term: document frequency, and the weighted count in the article being added (touched terms listed).
  let df = new Uint32Array(1 << 20);
  let acc = new Float64Array(1 << 20);
  const touched: number[] = [];
  const postings = new Blocks();
  // Number of postings of each article, to cut the blocks back into articles.
  const docTerms: number[] = [];
  const docLen: number[] = [];
  // Each record is deflated on its own (a 22 µs inflate when an article is read): 40 MB instead of 104 in memory.
  let records = Buffer.allocUnsafe(1 << 20);
  const recordOffsets: number[] = [0];
  const articleDoc: number[] = [];
  const ids: string[] = [];
  const numbers: string[] = [];
  const titles: string[] = [];
  const topics: string[] = [];
  const documents: LegalDocument[] = [];
  const docIndex = new Map<LegalDocument, number>();
  let recordBytes = 0;

  function bumpId(id: number, w: number): void {
    if (id >= acc.length) {
      const a = new Float64Array(acc.length * 2);
      a.set(acc);
      acc = a;
      const d = new Uint32Array(df.length * 2);
      d.set(df);
      df = d;
    }
    if (acc[id] === 0) touched.push(id);
    acc[id] += w;
  }
  // Shortcuts around the hash table, which is the build's hot spot: unigram ids by syllable, and each accented
  // term's diacritics-free twin by term id.
  let uniId = new Int32Array(1 << 16).fill(-1);
  let plainUniId = new Int32Array(1 << 16).fill(-1);
  let twin = new Int32Array(1 << 20).fill(-1);
  const widen = (a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> => {
    if (need < a.length) return a;
    const b = new Int32Array(Math.max(need + 1, a.length * 2)).fill(-1);
    b.set(a);
    return b;
  };
  function unigram(syl: number): number {
    uniId = widen(uniId, syl);
    if (uniId[syl] < 0) uniId[syl] = termIds.idOf(termHead(KIND_UNI, syl), 0);
    return uniId[syl];
  }
  function plainUnigram(syl: number): number {
    plainUniId = widen(plainUniId, syl);
    if (plainUniId[syl] < 0) {
      plainUniId[syl] = termIds.idOf(termHead(KIND_PLAIN_UNI, table.plain(syl)), 0);
      noteSource(plainUniId[syl], unigram(syl));
    }
    return plainUniId[syl];
  }
  // A diacritics-free term written one way only in the whole corpus has exactly its source's postings: it shares
  // them instead of storing a copy (most bigrams). Per plain term: -1 unseen, the one source's id, or -2 (several).
  let sourceOf = new Int32Array(1 << 20).fill(-1);
  function noteSource(plain: number, source: number): void {
    sourceOf = widen(sourceOf, plain);
    const s = sourceOf[plain];
    if (s === -1) sourceOf[plain] = source;
    else if (s !== source) sourceOf[plain] = -2;
  }

  // Unigrams and bigrams of both spellings (accented, and the diacritics-free twin); bigrams never cross fields.
  function addField(toks: number[], w: number): void {
    for (let i = 0; i < toks.length; i++) {
      const a = toks[i];
      bumpId(unigram(a), w);
      bumpId(plainUnigram(a), w);
      if (i + 1 < toks.length) {
        const b = toks[i + 1];
        const bi = termIds.idOf(termHead(KIND_BI, a), b);
        twin = widen(twin, bi);
        if (twin[bi] < 0) {
          twin[bi] = termIds.idOf(termHead(KIND_PLAIN_BI, table.plain(a)), table.plain(b));
          noteSource(twin[bi], bi);
        }
        bumpId(bi, w);
        bumpId(twin[bi], w);
      }
    }
  }
  // Headings and topics repeat across a document's articles: tokenised once each.
  const headingTokens = new Map<LegalDocument, number[]>();
  const topicTokens = new Map<string, number[]>();
  const cached = <K>(cache: Map<K, number[]>, key: K, text: () => string): number[] => {
    let toks = cache.get(key);
    if (!toks) {
      toks = table.tokenize(text());
      cache.set(key, toks);
    }
    return toks;
  };

  function addArticleTerms(article: Article): void {
    addField(table.tokenize(article.title), weights.title);
    addField(cached(headingTokens, article.document, () => documentHeading(article.document)), weights.document);
    if (article.topic) addField(cached(topicTokens, article.topic, () => article.topic ?? ''), weights.topic);
    addField(table.tokenize(article.text), weights.text);
  }

  function add(article: Article): void {
    // A repealed article keeps its record (a citation of it can be answered) but no terms: search never finds it.
    if (!article.repealed) addArticleTerms(article);
    let len = 0;
    for (const id of touched) {
      const tf = acc[id];
      acc[id] = 0;
      df[id]++;
      postings.push(id, Math.min(255, Math.round(tf * TF_SCALE)));
      if (termIds.firstOf(id) < UNI_LIMIT) len += tf;
    }
    docTerms.push(touched.length);
    touched.length = 0;
    docLen.push(len);
    let d = docIndex.get(article.document);
    if (d === undefined) {
      d = documents.length;
      documents.push(article.document);
      docIndex.set(article.document, d);
    }
    articleDoc.push(d);
    ids.push(article.id);
    numbers.push(article.number);
    // Newlines separate entries on disk; a title never needs one.
    titles.push(article.title.replace(/\n/g, ' '));
    topics.push((article.topic ?? '').replace(/\n/g, ' '));
    // Copied out at once: the result is a view of zlib's 16 KB output chunk, which it would keep alive.
    const rec = zlib.deflateRawSync(Buffer.from(JSON.stringify(articleRecord(article)), 'utf8'), DEFLATE);
    if (recordBytes + rec.length > records.length) {
      const grown = Buffer.allocUnsafe(Math.max(records.length * 2, recordBytes + rec.length));
      records.copy(grown, 0, 0, recordBytes);
      records = grown;
    }
    rec.copy(records, recordBytes);
    recordBytes += rec.length;
    recordOffsets.push(recordBytes);
  }

  function finish(): IndexData {
    const T = termIds.size;
    // Rows: one per term that owns postings; a shared plain term points at its source's row.
    const rowOf = new Int32Array(T);
    let rows = 0;
    for (let t = 0; t < T; t++) rowOf[t] = t < sourceOf.length && sourceOf[t] >= 0 ? -1 : rows++;
    for (let t = 0; t < T; t++) if (rowOf[t] < 0) rowOf[t] = rowOf[sourceOf[t]];
    const owns = (t: number): boolean => !(t < sourceOf.length && sourceOf[t] >= 0);
    const offsets = new Uint32Array(rows + 1);
    for (let t = 0; t < T; t++) if (owns(t)) offsets[rowOf[t] + 1] = df[t];
    for (let r = 0; r < rows; r++) offsets[r + 1] += offsets[r];
    const P = offsets[rows];
    const cursor = offsets.slice(0, rows);
    const postDoc = new Uint32Array(P);
    const postTf = new Uint8Array(P);
    // Articles were added in order, so each term's postings come out sorted by article.
    let doc = 0;
    let left = docTerms[0] ?? 0;
    postings.drain((term, tf) => {
      while (left === 0) left = docTerms[++doc];
      left--;
      if (!owns(term)) return;
      const at = cursor[rowOf[term]]++;
      postDoc[at] = doc;
      postTf[at] = tf;
    });
    const keys = new Float64Array(T);
    for (let id = 0; id < T; id++) keys[id] = termKey(table.termOf(...termIds.keyOf(id)));
    // Joined only now that the posting blocks are gone, so the two never take memory together.
    const stored = Buffer.from(records.subarray(0, recordBytes));
    records = Buffer.alloc(0);
    const order = new Uint32Array(T);
    for (let t = 0; t < T; t++) order[t] = t;
    order.sort((a, b) => keys[a] - keys[b]);
    const termKeys = new Float64Array(T);
    const termRow = new Uint32Array(T);
    for (let i = 0; i < T; i++) {
      termKeys[i] = keys[order[i]];
      termRow[i] = rowOf[order[i]];
    }
    return {
      n: docLen.length,
      docLen: Float32Array.from(docLen),
      termKeys,
      termRow,
      offsets,
      postDoc,
      postTf,
      records: stored,
      recordOffsets: Float64Array.from(recordOffsets),
      articleDoc: Uint32Array.from(articleDoc),
      ids,
      numbers,
      titles,
      topics,
      documents,
      syllables: table.forms().slice(),
    };
  }

  return { add, finish, get count(): number { return docLen.length; } };
}
