import type { IndexData } from '../index/index-data';
import { findTerm } from '../index/index-data';
import { PLAIN_PREFIX, termKey } from '../index/terms';
import type { Bm25Result } from './bm25';
import type { Prepared } from './legal-search';
import type { QueryTerm } from './query-terms';
import { rowTokens, type KeyLists } from './row-tokens';
import type { SemanticScorer } from './semantic-score';
import { definitionRows } from './definition';
import { clauseFeatures, CLAUSE_FEATURES } from './clause-features';
import { intentFeatures, INTENT_FEATURES } from './intent-features';

/** Names of the lexical features the re-ranker weighs, in order. */
export const FEATURE_NAMES = [
  'score_norm', 'uni_norm', 'bi_norm', 'coverage', 'score_vs_top', 'recip_rank',
  'title_cov', 'title_bigram', 'heading_cov', 'topic_cov', 'log_len', 'unaccented', 'doc_share', 'doc_count',
  'title_in_query', 'title_bigram_in_query', 'sem_cos', 'sem_gap', 'sem_recip_rank', 'sem_title_cos', 'sem_title_gap',
  'definitions_article', 'definition_match', ...CLAUSE_FEATURES, ...INTENT_FEATURES, 'named_document',
] as const;

/**
 * Question terms by key (`termKey` of the term without the plain-field prefix), each with a value summed over the
 * question's terms of that spelling; `overlap` reads a candidate's key list against them.
 */
function keyedTerms(entries: [string, number][]) {
  const slot = new Map<number, number>();
  const value: number[] = [];
  for (const [t, v] of entries) {
    const key = termKey(t);
    const i = slot.get(key);
    if (i === undefined) {
      slot.set(key, value.length);
      value.push(v);
    } else {
      value[i] += v;
    }
  }
  const seen = new Int32Array(value.length);
  let generation = 0;
  return {
    /** Sum of the values of the distinct terms found in list `i`, and how many of its entries (with repeats) are terms. */
    overlap(lists: KeyLists, i: number): [sum: number, hits: number] {
      generation++;
      let sum = 0;
      let hits = 0;
      for (let p = lists.offsets[i]; p < lists.offsets[i + 1]; p++) {
        const s = slot.get(lists.keys[p]);
        if (s === undefined) continue;
        hits++;
        if (seen[s] !== generation) {
          seen[s] = generation;
          sum += value[s];
        }
      }
      return [sum, hits];
    },
  };
}

/** Computes the feature vector of each BM25 candidate of one query. */
export function candidateFeatures(data: IndexData, prepared: Prepared, idf: (row: number) => number, semantic?: SemanticScorer): number[][] {
  const { terms, pool: result, unaccented, definition: definitionQuestion } = prepared;
  const sem = semanticFeatures(result, terms, semantic);
  const definitionFlags = definitionRows(data);
  const n = data.n;
  const unis: { t: string; w: number }[] = [];
  const bis: string[] = [];
  let uniMass = 0;
  for (const q of terms) {
    const t = q.term.startsWith(PLAIN_PREFIX) ? q.term.slice(PLAIN_PREFIX.length) : q.term;
    if (t.includes(' ')) {
      bis.push(t);
      continue;
    }
    const row = findTerm(data, q.key);
    const w = q.weight * (row >= 0 ? idf(row) : Math.log(1 + n));
    unis.push({ t, w });
    uniMass += w;
  }
  const uniTerms = keyedTerms(unis.map((u) => [u.t, u.w]));
  const biTerms = keyedTerms(bis.map((t) => [t, 1]));
  const tokens = rowTokens(data);
  const spelling = unaccented ? tokens.plain : tokens.accented;
  const cov = (lists: KeyLists, i: number): number => (uniMass > 0 ? uniTerms.overlap(lists, i)[0] / uniMass : 0);
  const top = result.hits[0]?.score || 1;
  const idealBi = result.ideal - result.idealUni;
  // Evidence from the same source document: sibling candidates make a document (and its articles) more likely.
  const docScore = new Map<number, { sum: number; count: number }>();
  let scoreSum = 0;
  for (const h of result.hits) {
    const d = data.articleDoc[h.doc];
    const e = docScore.get(d) ?? { sum: 0, count: 0 };
    e.sum += h.score;
    e.count++;
    docScore.set(d, e);
    scoreSum += h.score;
  }
  const docs = result.hits.map((h) => h.doc);
  const clause = clauseFeatures(terms, data, docs, unaccented, (t) => {
    const row = findTerm(data, t.key);
    return row >= 0 ? idf(row) : Math.log(1 + n);
  });
  const intent = intentFeatures(data, prepared.analysis.text, docs);
  return result.hits.map((h, rank) => {
    const sib = docScore.get(data.articleDoc[h.doc]) ?? { sum: 0, count: 0 };
    // The title's syllables and pairs against the question's: what it covers, and how much of the title the question uses.
    const [titleCov, titleUniHits] = uniTerms.overlap(spelling.titleUni, h.doc);
    const [titleBigrams, titleBiHits] = biTerms.overlap(spelling.titleBi, h.doc);
    const titleLen = spelling.titleUni.offsets[h.doc + 1] - spelling.titleUni.offsets[h.doc];
    const titleUni = titleLen ? titleUniHits / titleLen : 0;
    const titleBi = titleLen > 1 ? titleBiHits / (titleLen - 1) : titleUni;
    const definitions = definitionFlags[h.doc] === 1;
    return [
      result.ideal > 0 ? h.score / result.ideal : 0,
      result.idealUni > 0 ? h.uni / result.idealUni : 0,
      idealBi > 0 ? (h.score - h.uni) / idealBi : 0,
      h.coverage,
      h.score / top,
      1 / (rank + 1),
      uniMass > 0 ? titleCov / uniMass : 0,
      bis.length ? titleBigrams / bis.length : 0,
      cov(spelling.headingUni, data.articleDoc[h.doc]),
      cov(spelling.topicUni, tokens.topicOf[h.doc]),
      Math.log(1 + data.docLen[h.doc]) / 8,
      unaccented ? 1 : 0,
      scoreSum > 0 ? (sib.sum - h.score) / scoreSum : 0,
      (sib.count - 1) / Math.max(1, result.hits.length),
      titleUni,
      titleBi,
      ...sem[rank],
      definitions ? 1 : 0,
      definitions && definitionQuestion ? 1 : 0,
      ...clause[rank],
      ...intent[rank],
      prepared.namedDocuments.has(data.articleDoc[h.doc]) ? 1 : 0,
    ];
  });
}

/** Cosine to the question, its gap to the pool's best, and its reciprocal rank among the pool (zeros without vectors). */
function semanticFeatures(result: Bm25Result, terms: QueryTerm[], semantic?: SemanticScorer): number[][] {
  const qv = semantic?.queryVector(terms);
  if (!semantic || !qv) return result.hits.map(() => [0, 0, 0, 0, 0]);
  const cos = result.hits.map((h) => semantic.cosine(qv, h.doc));
  const best = Math.max(...cos);
  const order = cos.map((_, i) => i).sort((a, b) => cos[b] - cos[a]);
  const rankOf = new Array<number>(cos.length);
  order.forEach((i, r) => (rankOf[i] = r));
  const tcos = result.hits.map((h) => semantic.titleCosine(qv, h.doc));
  const tbest = Math.max(...tcos);
  return cos.map((c, i) => [c, c - best, 1 / (rankOf[i] + 1), tcos[i], tcos[i] - tbest]);
}
