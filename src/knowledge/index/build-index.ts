import type { Article, LegalDocument } from '../types';
import { syllables } from '../normalize';
import { addBothFields, termKey } from './terms';
import { FIELD_WEIGHTS, TF_SCALE, type IndexData } from './index-data';

/** A growable typed array (postings are tens of millions of entries: no JS arrays). */
class Grow<T extends Uint32Array | Uint16Array> {
  length = 0;
  constructor(public buf: T, private readonly make: (n: number) => T) {}
  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = this.make(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
}

/** The document heading text that is indexed with every article (type, số hiệu, title). */
export function documentHeading(d: LegalDocument): string {
  return [d.loaiVanBan, d.soHieu, d.ten].filter(Boolean).join(' ');
}

/** Creates an index builder: add articles in order, then `finish` into typed arrays. */
export function createIndexBuilder(weights: typeof FIELD_WEIGHTS = FIELD_WEIGHTS) {
  const termIds = new Map<string, number>();
  const tTerm = new Grow(new Uint32Array(1 << 20), (n) => new Uint32Array(n));
  const tDoc = new Grow(new Uint32Array(1 << 20), (n) => new Uint32Array(n));
  const tTf = new Grow(new Uint16Array(1 << 20), (n) => new Uint16Array(n));
  const docLen: number[] = [];
  const recordChunks: Buffer[] = [];
  const recordOffsets: number[] = [0];
  const articleDoc: number[] = [];
  const ids: string[] = [];
  const numbers: string[] = [];
  const titles: string[] = [];
  const topics: string[] = [];
  const documents: LegalDocument[] = [];
  const docIndex = new Map<LegalDocument, number>();
  let recordBytes = 0;

  function add(article: Article): void {
    const docNo = docLen.length;
    const counts = new Map<string, number>();
    addBothFields(syllables(article.title), weights.title, counts);
    addBothFields(syllables(documentHeading(article.document)), weights.document, counts);
    if (article.topic) addBothFields(syllables(article.topic), weights.topic, counts);
    addBothFields(syllables(article.text), weights.text, counts);
    let len = 0;
    for (const [term, tf] of counts) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(term, id);
      }
      tTerm.push(id);
      tDoc.push(docNo);
      tTf.push(Math.min(65535, Math.round(tf * TF_SCALE)));
      if (!term.startsWith('~') && !term.includes(' ')) len += tf;
    }
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
    const rec = Buffer.from(JSON.stringify([article.id, article.number, article.title, article.text, article.topic ?? '']), 'utf8');
    recordChunks.push(rec);
    recordBytes += rec.length;
    recordOffsets.push(recordBytes);
  }

  function finish(): IndexData {
    const T = termIds.size;
    const P = tTerm.length;
    const offsets = new Uint32Array(T + 1);
    for (let i = 0; i < P; i++) offsets[tTerm.buf[i] + 1]++;
    for (let t = 0; t < T; t++) offsets[t + 1] += offsets[t];
    const cursor = offsets.slice(0, T);
    const postDoc = new Uint32Array(P);
    const postTf = new Uint16Array(P);
    for (let i = 0; i < P; i++) {
      const at = cursor[tTerm.buf[i]]++;
      postDoc[at] = tDoc.buf[i];
      postTf[at] = tTf.buf[i];
    }
    const keys = new Float64Array(T);
    for (const [term, id] of termIds) keys[id] = termKey(term);
    const order = new Uint32Array(T);
    for (let t = 0; t < T; t++) order[t] = t;
    order.sort((a, b) => keys[a] - keys[b]);
    const termKeys = new Float64Array(T);
    for (let i = 0; i < T; i++) termKeys[i] = keys[order[i]];
    return {
      n: docLen.length,
      docLen: Float32Array.from(docLen),
      termKeys,
      termRow: order,
      offsets,
      postDoc,
      postTf,
      records: Buffer.concat(recordChunks),
      recordOffsets: Float64Array.from(recordOffsets),
      articleDoc: Uint32Array.from(articleDoc),
      ids,
      numbers,
      titles,
      topics,
      documents,
    };
  }

  return { add, finish, get count(): number { return docLen.length; } };
}
