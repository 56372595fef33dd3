// Whether the knowledge base can answer a question at all: a calibrated probability from how well the best
// candidates match (the re-ranker's own scores and features) and from the question's words that no candidate
// holds (a rare word of the question absent from the best articles is the mark of a subject the corpus lacks).
import { z } from 'zod';
import type { IndexData } from '../index/index-data';
import { findTerm } from '../index/index-data';
import { PLAIN_PREFIX } from '../index/terms';
import { articleLines, plainId, tokenIds } from './clause-features';
import type { Prepared, RankedRow } from './legal-search';
import { FEATURE_NAMES } from './rerank-features';
import { intentQuestionCues } from './intent-features';
import { stripDiacritics } from '../normalize';
import committed from '../data/answerability.json';
import { scoreEnsemble } from './tree-ensemble';

/** Names of the answerability features, in order. */
export const ANSWERABILITY_FEATURES = [
  'top_logit', 'top_gap', 'second_logit', 'top_score_norm', 'top_coverage', 'top_clause_uni', 'top_clause_bi', 'top_title_cov',
  'best3_coverage', 'missing_share_top', 'missing_share_top3', 'missing_max_idf_top', 'unknown_share', 'log_terms', 'definition', 'restored',
  'top_generic', 'top_intent_any', 'top_heading_cov', 'top_topic_cov', 'named_missing',
  'top_title_in_query', 'top_title_bigram_in_query', 'intent_unserved', 'newer_than_document', 'missing_bigram_share_top3',
  'doc_missing_share_top', 'doc_missing_share_best3', 'doc_missing_bigram_share_top', 'known_gap',
] as const;

const treeSchema = z.object({ feature: z.array(z.number()), threshold: z.array(z.number()), left: z.array(z.number()), right: z.array(z.number()), value: z.array(z.number()) });
const modelSchema = z.union([
  z.object({ kind: z.literal('trees'), features: z.array(z.string()), trees: z.array(treeSchema), offset: z.number() }),
  z.object({ kind: z.literal('linear').default('linear'), features: z.array(z.string()), weights: z.array(z.number()), bias: z.number() }),
]);
/**
 * The answerability model: boosted trees (with an offset) or logistic weights, giving the log-odds that the
 * knowledge base answers the question; shifted at training so that "no basis" is below probability 0.5.
 */
export type AnswerabilityModel = z.infer<typeof modelSchema>;

/** The committed model (trained by npm run retrieval:train), or undefined when none has been trained. */
export function loadAnswerabilityModel(): AnswerabilityModel | undefined {
  const parsed = modelSchema.safeParse(committed);
  return parsed.success && parsed.data.features.join() === ANSWERABILITY_FEATURES.join() ? parsed.data : undefined;
}

const F = (name: (typeof FEATURE_NAMES)[number]): number => FEATURE_NAMES.indexOf(name);
const INTENT_COLUMNS = FEATURE_NAMES.flatMap((f, i) => (f.startsWith('intent_') ? [i] : []));

/** The answerability features of one ranked question (rows best first, with their re-ranker features). */
export function answerabilityFeatures(data: IndexData, prepared: Prepared, rows: RankedRow[], idf: (row: number) => number): number[] {
  const top = rows[0];
  const f = (r: RankedRow | undefined, name: (typeof FEATURE_NAMES)[number]): number => r?.features?.[F(name)] ?? 0;
  // The question's words (one spelling), each with its idf; unknown to the corpus when it has no postings.
  const words = new Map<number, number>();
  let unknown = 0;
  let all = 0;
  for (const t of prepared.terms) {
    const plainTerm = t.term.startsWith(PLAIN_PREFIX);
    if (plainTerm !== prepared.unaccented || t.term.includes(' ') || t.weight < 0.75) continue;
    const ids = tokenIds(plainTerm ? t.term.slice(PLAIN_PREFIX.length) : t.term);
    if (ids.length !== 1) continue;
    const row = findTerm(data, t.key);
    all++;
    if (row < 0) {
      unknown++;
      continue;
    }
    words.set(ids[0], idf(row));
  }
  const present = (doc: number): Set<number> => {
    const s = new Set<number>();
    for (const line of articleLines(data, doc)) for (const id of line) s.add(prepared.unaccented ? plainId(id) : id);
    // The title and the document's name count as the article's words too.
    for (const id of tokenIds(`${data.titles[doc] ?? ''} ${data.documents[data.articleDoc[doc]]?.ten ?? ''}`)) s.add(prepared.unaccented ? plainId(id) : id);
    return s;
  };
  let mass = 0;
  for (const v of words.values()) mass += v;
  const missing = (seen: Set<number>): { share: number; max: number } => {
    let m = 0;
    let mx = 0;
    for (const [id, v] of words) {
      if (seen.has(id)) continue;
      m += v;
      mx = Math.max(mx, v);
    }
    return { share: mass > 0 ? m / mass : 1, max: mx };
  };
  const topSeen = top ? present(top.doc) : new Set<number>();
  const top3Seen = new Set<number>(topSeen);
  for (const r of rows.slice(1, 3)) for (const id of present(r.doc)) top3Seen.add(id);
  const mTop = missing(topSeen);
  const m3 = missing(top3Seen);
  return [
    top?.score ?? -10,
    top && rows[1] ? top.score - rows[1].score : 5,
    rows[1]?.score ?? -10,
    f(top, 'score_norm'),
    f(top, 'coverage'),
    f(top, 'clause_uni'),
    f(top, 'clause_bi'),
    f(top, 'title_cov'),
    Math.max(...rows.slice(0, 3).map((r) => f(r, 'coverage')), 0),
    mTop.share,
    m3.share,
    mTop.max / 10,
    all > 0 ? unknown / all : 0,
    Math.log(1 + all),
    prepared.definition ? 1 : 0,
    prepared.analysis.restored ? 1 : 0,
    f(top, 'generic_title'),
    INTENT_COLUMNS.some((c) => (top?.features?.[c] ?? 0) > 0) ? 1 : 0,
    f(top, 'heading_cov'),
    f(top, 'topic_cov'),
    prepared.missingDocuments.length > 0 ? 1 : 0,
    f(top, 'title_in_query'),
    f(top, 'title_bigram_in_query'),
    asksUnserved(prepared.analysis.text, top?.features),
    newerThanDocument(prepared.analysis.text, top ? data.documents[data.articleDoc[top.doc]]?.ngayBanHanh : undefined),
    missingBigrams(prepared, rows.slice(0, 3).map((r) => r.doc), data),
    ...documentMissing(data, prepared, rows, idf),
    prepared.gapLaws.length > 0 ? 1 : 0,
  ];
}

const INTENT_CUES = intentQuestionCues();

/** 1 when the question asks for something (a fine, a time limit, an amount…) that the best article does not serve. */
function asksUnserved(question: string, features: number[] | undefined): number {
  const folded = ` ${stripDiacritics(question).toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  let asked = false;
  for (let j = 0; j < INTENT_CUES.length; j++) {
    if (!INTENT_CUES[j].some((c) => folded.includes(c))) continue;
    asked = true;
    if ((features?.[INTENT_COLUMNS[j]] ?? 0) > 0) return 0;
  }
  return asked ? 1 : 0;
}

/**
 * How many years the question's newest year (or "mới"/"hiện nay" for this year) is after the best article's
 * document, capped at 10: a question about a 2025 rule answered from a 2012 text is likely about a law the base lacks.
 */
function newerThanDocument(question: string, issued: string | undefined): number {
  if (!issued) return 0;
  const years = [...question.matchAll(/(?:^|\D)(20[12]\d)(?!\d)/g)].map((m) => Number(m[1]));
  if (years.length === 0) return 0;
  return Math.max(0, Math.min(10, Math.max(...years) - Number(issued.slice(0, 4))));
}

/** Share of the asked sentences' word pairs (not function-word pairs) that none of the best articles holds. */
function missingBigrams(prepared: Prepared, docs: number[], data: IndexData): number {
  const pairs = new Set<string>();
  for (const part of prepared.analysis.parts) {
    if (!part.asked) continue;
    const ids = tokenIds(part.tokens.join(' '));
    for (let i = 0; i + 1 < ids.length; i++) pairs.add(`${plainId(ids[i])} ${plainId(ids[i + 1])}`);
  }
  if (pairs.size === 0) return 0;
  const seen = new Set<string>();
  for (const doc of docs) {
    for (const line of articleLines(data, doc)) for (let i = 0; i + 1 < line.length; i++) seen.add(`${plainId(line[i])} ${plainId(line[i + 1])}`);
  }
  let missing = 0;
  for (const p of pairs) if (!seen.has(p)) missing++;
  return missing / pairs.size;
}

/**
 * The share of the question's words (idf-weighted) that appear nowhere in the best article's whole document, the
 * least such share over the best three articles' documents, and the same for word pairs: the right law speaks of
 * the question's subject somewhere, a neighbouring law often never does.
 */
function documentMissing(data: IndexData, prepared: Prepared, rows: RankedRow[], idf: (row: number) => number): number[] {
  const terms = prepared.terms.filter((t) => t.term.startsWith(PLAIN_PREFIX) === prepared.unaccented && t.weight >= 0.75);
  const maxDf = data.n * 0.05;
  const docsOf = (row: number): Set<number> | undefined => {
    const df = data.offsets[row + 1] - data.offsets[row];
    if (df > maxDf) return undefined;
    const s = new Set<number>();
    for (let p = data.offsets[row]; p < data.offsets[row + 1]; p++) s.add(data.articleDoc[data.postDoc[p]]);
    return s;
  };
  const uni: { docs: Set<number> | undefined; w: number }[] = [];
  const bi: { docs: Set<number> | undefined; w: number }[] = [];
  for (const t of terms) {
    const row = findTerm(data, t.key);
    const entry = { docs: row >= 0 ? docsOf(row) : new Set<number>(), w: row >= 0 ? idf(row) : Math.log(1 + data.n) };
    // Common words (in over 5 % of articles) say nothing about the subject.
    if (row >= 0 && !entry.docs) continue;
    (t.term.includes(' ') ? bi : uni).push(entry);
  }
  const share = (list: typeof uni, docIndex: number): number => {
    let all = 0;
    let missing = 0;
    for (const e of list) {
      all += e.w;
      if (!e.docs?.has(docIndex)) missing += e.w;
    }
    return all > 0 ? missing / all : 0;
  };
  const docOf = (r: RankedRow): number => data.articleDoc[r.doc];
  const top = rows[0];
  if (!top) return [1, 1, 1];
  return [share(uni, docOf(top)), Math.min(...rows.slice(0, 3).map((r) => share(uni, docOf(r)))), share(bi, docOf(top))];
}

/** The probability that the knowledge base answers the question, from its features. */
export function answerabilityOf(model: AnswerabilityModel, features: number[]): number {
  let z: number;
  if (model.kind === 'trees') {
    z = scoreEnsemble(model, features) + model.offset;
  } else {
    z = model.bias;
    for (let j = 0; j < model.weights.length; j++) z += model.weights[j] * features[j];
  }
  return 1 / (1 + Math.exp(-z));
}
