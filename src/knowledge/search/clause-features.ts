// How well the best single clause of a candidate matches the question: an article answers through one clause,
// while BM25 over the whole article rewards long articles that mention the words in different clauses.
import type { IndexData } from '../index/index-data';
import { PLAIN_PREFIX } from '../index/terms';
import { normalizeText, stripDiacritics } from '../normalize';
import { forEachWord, wordCharTable } from '../index/syllable-table';
import { readArticleText } from './records';
import type { QueryTerm } from './query-terms';

// Syllables as small integers: each written form is normalised once (NFC, one tone placement, lower case), and
// pairs become numbers, so scoring a candidate's lines compares integers.
const SPLIT = /[^\p{L}\p{N}]+/u;
const ids = new Map<string, number>();
const plainOfId: number[] = [];
const rawIds = new Map<string, number>();
const RAW_MAX = 400_000;
const WORD_CHARS = wordCharTable();

function idOf(form: string): number {
  let id = ids.get(form);
  if (id === undefined) {
    id = ids.size;
    ids.set(form, id);
    plainOfId.push(id);
    const plain = stripDiacritics(form);
    if (plain !== form) plainOfId[id] = idOf(plain);
  }
  return id;
}

function pushWord(raw: string, out: number[]): void {
  let id = rawIds.get(raw);
  if (id === undefined) {
    const forms = normalizeText(raw).toLowerCase().split(SPLIT).filter(Boolean);
    if (forms.length !== 1) {
      for (const f of forms) out.push(idOf(f));
      return;
    }
    id = idOf(forms[0]);
    if (rawIds.size < RAW_MAX) rawIds.set(raw, id);
  }
  out.push(id);
}

/** The syllable ids of a text (the ids of this module; see `plainId` for the diacritics-free twin). */
export function tokenIds(text: string): number[] {
  const out: number[] = [];
  const src = /[\u0300-\u036f]/.test(text) ? text.normalize('NFC') : text;
  if (/[\ud800-\udfff]/.test(src)) {
    for (const raw of src.split(SPLIT)) if (raw) pushWord(raw, out);
  } else {
    forEachWord(src, WORD_CHARS, (w) => pushWord(w, out));
  }
  return out;
}

const pair = (a: number, b: number): number => a * 2097152 + b;

/** The id of a syllable's diacritics-free twin. */
export const plainId = (id: number): number => plainOfId[id];

const CACHE = 4096;
const caches = new WeakMap<IndexData, Map<number, Int32Array[]>>();

/** The syllable ids of each line (clause or point) of an article, cached for the articles seen most recently. */
export function articleLines(data: IndexData, doc: number): Int32Array[] {
  let cache = caches.get(data);
  if (!cache) caches.set(data, (cache = new Map()));
  const hit = cache.get(doc);
  if (hit) {
    cache.delete(doc);
    cache.set(doc, hit);
    return hit;
  }
  const lines = readArticleText(data, doc).split('\n').map((l) => Int32Array.from(tokenIds(l))).filter((l) => l.length > 0);
  cache.set(doc, lines);
  if (cache.size > CACHE) cache.delete(cache.keys().next().value as number);
  return lines;
}

/** Names of the clause features, in order. */
export const CLAUSE_FEATURES = ['clause_uni', 'clause_bi', 'clause_share'] as const;

/**
 * Per candidate: the best line's share of the question's unigram weight (idf-weighted), its share of the question's
 * bigrams, and the share of the question weight found anywhere in the article that the best line holds.
 */
export function clauseFeatures(terms: QueryTerm[], data: IndexData, docs: number[], unaccented: boolean, idfOf: (term: QueryTerm) => number): number[][] {
  const uniW = new Map<number, number>();
  const biSet = new Set<number>();
  for (const t of terms) {
    // One spelling: the field the question is searched on first.
    const plainTerm = t.term.startsWith(PLAIN_PREFIX);
    if (plainTerm !== unaccented) continue;
    const toks = tokenIds(plainTerm ? t.term.slice(PLAIN_PREFIX.length) : t.term);
    if (toks.length === 2) biSet.add(pair(toks[0], toks[1]));
    else if (toks.length === 1) uniW.set(toks[0], Math.max(uniW.get(toks[0]) ?? 0, t.weight * idfOf(t)));
  }
  let uniMass = 0;
  for (const v of uniW.values()) uniMass += v;
  const seen = new Set<number>();
  const anywhere = new Set<number>();
  return docs.map((doc) => {
    let bestUni = 0;
    let bestBi = 0;
    anywhere.clear();
    for (const raw of articleLines(data, doc)) {
      seen.clear();
      let u = 0;
      let b = 0;
      for (let i = 0; i < raw.length; i++) {
        const k = unaccented ? plainOfId[raw[i]] : raw[i];
        const w = uniW.get(k);
        if (w !== undefined && !seen.has(k)) {
          seen.add(k);
          anywhere.add(k);
          u += w;
        }
        if (i + 1 < raw.length && biSet.size) {
          const p = pair(k, unaccented ? plainOfId[raw[i + 1]] : raw[i + 1]);
          if (biSet.has(p) && !seen.has(-p - 1)) {
            seen.add(-p - 1);
            b++;
          }
        }
      }
      if (u > bestUni) bestUni = u;
      if (biSet.size && b / biSet.size > bestBi) bestBi = b / biSet.size;
    }
    let all = 0;
    for (const k of anywhere) all += uniW.get(k) ?? 0;
    return [uniMass > 0 ? bestUni / uniMass : 0, bestBi, all > 0 ? bestUni / all : 0];
  });
}
