import type { LegalDocument } from '../types';

/** The whole retrieval index in typed arrays: what is persisted and what queries read. */
export interface IndexData {
  /** Number of articles (Pháp điển lines are kept even when ids repeat). */
  n: number;
  /** Weighted length of each article (sum of weighted term counts). */
  docLen: Float32Array;
  /** Sorted term hashes and, for each, the term's row in `offsets`. */
  termKeys: Float64Array;
  termRow: Uint32Array;
  /** Postings of term row r are postDoc/postTf[offsets[r] .. offsets[r+1]). */
  offsets: Uint32Array;
  postDoc: Uint32Array;
  /** Weighted term frequency × TF_SCALE, saturated at 255 (BM25 has long levelled off by then). */
  postTf: Uint8Array;
  /** Article records (JSON, UTF-8, each raw-deflated) and their byte offsets (n + 1). */
  records: Uint8Array;
  recordOffsets: Float64Array;
  /** Index into `documents` of each article. */
  articleDoc: Uint32Array;
  ids: string[];
  numbers: string[];
  /** Article titles and topics, kept apart from the records so re-ranking need not decode article text. */
  titles: string[];
  topics: string[];
  documents: LegalDocument[];
  /** Every syllable of the indexed texts, lower case with one tone placement (the diacritic restorer's vocabulary). */
  syllables: string[];
  /** Latent semantic vectors (absent in indexes built without them). */
  semantic?: SemanticIndex;
}

/** Corpus-learned term and article vectors (truncated SVD of tf-idf), int8 with one scale per row. */
export interface SemanticIndex {
  dims: number;
  /** Vector slot of each term row, or -1 (too rare or too common to carry meaning). */
  termSlot: Int32Array;
  /** Idf of each slot's term, the weight a question term gets when folded in. */
  termIdf: Float32Array;
  termVecs: Int8Array;
  termScale: Float32Array;
  /** Unit-length article vectors (n × dims). */
  docVecs: Int8Array;
  docScale: Float32Array;
  /** Unit-length vectors of the article titles alone (n × dims). */
  titleVecs: Int8Array;
  titleScale: Float32Array;
}

/** Fixed-point scale of stored term frequencies (field weights are multiples of 1/TF_SCALE). */
export const TF_SCALE = 4;

/** Field weights used when the index is built (part of the index format version). */
export const FIELD_WEIGHTS = { title: 6, document: 3, topic: 2, text: 1 };

/** Bump when the on-disk format or the term extraction changes. */
export const INDEX_VERSION = 7;

/** Finds a term's postings row by hash, or -1 (binary search over sorted keys). */
export function findTerm(data: IndexData, key: number): number {
  let lo = 0;
  let hi = data.termKeys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = data.termKeys[mid];
    if (k === key) return data.termRow[mid];
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
