import type { IndexData } from '../index/index-data';
import { findTerm } from '../index/index-data';
import { PLAIN_PREFIX } from '../index/terms';
import { stripDiacritics, syllables } from '../normalize';
import type { Bm25Result } from './bm25';
import type { QueryTerm } from './query-terms';
import { documentHeading } from '../index/build-index';
import type { SemanticScorer } from './semantic-score';
import { definitionRows } from './definition';

/** Names of the lexical features the re-ranker weighs, in order. */
export const FEATURE_NAMES = [
  'score_norm', 'uni_norm', 'bi_norm', 'coverage', 'score_vs_top', 'recip_rank',
  'title_cov', 'title_bigram', 'heading_cov', 'topic_cov', 'log_len', 'unaccented', 'doc_share', 'doc_count',
  'title_in_query', 'title_bigram_in_query', 'sem_cos', 'sem_gap', 'sem_recip_rank', 'sem_title_cos', 'sem_title_gap',
  'definitions_article', 'definition_match',
] as const;

function titleTokens(text: string, plain: boolean): string[] {
  const toks = syllables(text);
  return plain ? toks.map(stripDiacritics) : toks;
}

function tokenSet(text: string, plain: boolean, toks = titleTokens(text, plain)): Set<string> {
  const set = new Set(toks);
  for (let i = 0; i + 1 < toks.length; i++) set.add(`${toks[i]} ${toks[i + 1]}`);
  return set;
}

// Document headings and topics repeat across candidates and queries (a few thousand distinct strings): tokenise once.
const sharedSets = new Map<string, Set<string>>();
function cachedTokenSet(text: string, plain: boolean): Set<string> {
  const key = plain ? `~${text}` : text;
  let set = sharedSets.get(key);
  if (!set) {
    if (sharedSets.size >= 20000) sharedSets.clear();
    set = tokenSet(text, plain);
    sharedSets.set(key, set);
  }
  return set;
}

/** Computes the feature vector of each BM25 candidate of one query. */
export function candidateFeatures(
  data: IndexData,
  terms: QueryTerm[],
  result: Bm25Result,
  unaccented: boolean,
  idf: (row: number) => number,
  semantic?: SemanticScorer,
  definitionQuestion = false,
): number[][] {
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
  const querySet = new Set<string>([...unis.map((u) => u.t), ...bis]);
  // Share of the title's own syllables/bigrams that the question uses: titles are short and precise.
  const inQuery = (toks: string[]): [number, number] => {
    if (toks.length === 0) return [0, 0];
    const uni = toks.filter((t) => querySet.has(t)).length / toks.length;
    let bi = 0;
    for (let i = 0; i + 1 < toks.length; i++) if (querySet.has(`${toks[i]} ${toks[i + 1]}`)) bi++;
    return [uni, toks.length > 1 ? bi / (toks.length - 1) : uni];
  };
  const cov = (set: Set<string>): number => (uniMass > 0 ? unis.reduce((s, u) => s + (set.has(u.t) ? u.w : 0), 0) / uniMass : 0);
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
  return result.hits.map((h, rank) => {
    const sib = docScore.get(data.articleDoc[h.doc]) ?? { sum: 0, count: 0 };
    const title = data.titles[h.doc];
    const topic = data.topics[h.doc];
    // The title is split once and serves three features (its syllables are the costliest part of re-ranking).
    const toks = titleTokens(title, unaccented);
    const titleSet = tokenSet(title, unaccented, toks);
    const heading = cachedTokenSet(documentHeading(data.documents[data.articleDoc[h.doc]]), unaccented);
    const topicSet = cachedTokenSet(topic, unaccented);
    const [titleUni, titleBi] = inQuery(toks);
    const definitions = definitionFlags[h.doc] === 1;
    return [
      result.ideal > 0 ? h.score / result.ideal : 0,
      result.idealUni > 0 ? h.uni / result.idealUni : 0,
      idealBi > 0 ? (h.score - h.uni) / idealBi : 0,
      h.coverage,
      h.score / top,
      1 / (rank + 1),
      cov(titleSet),
      bis.length ? bis.filter((b) => titleSet.has(b)).length / bis.length : 0,
      cov(heading),
      cov(topicSet),
      Math.log(1 + data.docLen[h.doc]) / 8,
      unaccented ? 1 : 0,
      scoreSum > 0 ? (sib.sum - h.score) / scoreSum : 0,
      (sib.count - 1) / Math.max(1, result.hits.length),
      titleUni,
      titleBi,
      ...sem[rank],
      definitions ? 1 : 0,
      definitions && definitionQuestion ? 1 : 0,
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
