import crypto from 'node:crypto';
import type { IndexData } from '../index/index-data';
import { createLegalSearch } from '../search/legal-search';
import { ANSWERABILITY_FEATURES, answerabilityFeatures, answerabilityOf, type AnswerabilityModel } from '../search/answerability';
import type { RerankerModel } from '../search/reranker-model';
import type { EverydayCounts } from '../search/restore-diacritics';
import { fitLogistic } from './logistic';
import type { KnownGap } from '../load/known-gaps';
import { trainGbdt } from './gbdt';
import type { LabelledQuestion } from './question-sets';

/** One training example of answerability: features and whether the knowledge base answers the question. */
interface Example {
  x: number[];
  y: number;
  validation: boolean;
  /** answerable; hidden: its subject hidden (noisy: a neighbouring subject may still answer); absent: written so. */
  kind: 'answerable' | 'hidden' | 'absent';
}

/** Loss weights by kind: written questions whose law is absent are what the bar is judged on; hidden ones are noisy. */
const KIND_WEIGHT = { answerable: 1, hidden: 0.5, absent: 3 } as const;

/** Share of answerable validation questions that must still be answered when the threshold is chosen. */
const KEEP_ANSWERED = 0.93;

/**
 * Trains answerability on: answerable questions whose gold article is ranked in the top 3 (answer), the same
 * questions ranked with their gold articles' whole subject (đề mục) hidden (no basis: the law is absent, as for a
 * subject the corpus lacks), and written questions whose law is absent (no basis). The threshold keeps
 * KEEP_ANSWERED of the validation fifth's answerable questions answered; the bias is shifted so it sits at 0.5.
 */
export function trainAnswerability(data: IndexData, questions: LabelledQuestion[], reranker: RerankerModel, everyday?: EverydayCounts, gaps?: KnownGap[]) {
  const search = createLegalSearch(data, { reranker, everyday, gaps });
  const topicOfId = new Map<string, string>();
  data.ids.forEach((id, row) => topicOfId.set(id, data.topics[row]));
  const examples: Example[] = [];
  const add = (q: LabelledQuestion, kind: Example['kind'], exclude?: (doc: number) => boolean): void => {
    const prepared = search.prepare(q.question, 50, exclude);
    const rows = search.rank(q.question, 10, exclude);
    if (rows.length === 0) return;
    const validation = crypto.createHash('sha1').update(q.qid).digest()[1] % 5 === 0;
    examples.push({ x: answerabilityFeatures(data, prepared, rows, search.bm25.idf), y: kind === 'answerable' ? 1 : 0, validation, kind });
  };
  let answerable = 0;
  let hidden = 0;
  let absent = 0;
  for (const q of questions) {
    if (q.gold.length === 0) {
      add(q, 'absent');
      absent++;
      continue;
    }
    const gold = new Set(q.gold);
    const top = search.rank(q.question, 3).map((r) => data.ids[r.doc]);
    if (top.some((id) => gold.has(id))) {
      add(q, 'answerable');
      answerable++;
    }
    const topics = new Set(q.gold.map((id) => topicOfId.get(id)).filter(Boolean));
    if (topics.size) {
      add(q, 'hidden', (doc) => topics.has(data.topics[doc]));
      hidden++;
    }
  }
  const train = examples.filter((e) => !e.validation);
  const val = examples.filter((e) => e.validation);
  const rows = { X: train.map((e) => e.x), y: train.map((e) => e.y), groups: [] as [number, number][], weight: train.map((e) => KIND_WEIGHT[e.kind]) };
  // Both model families are fit on the training part; the one refusing more unanswerable validation questions at
  // the same share of answerable ones answered is kept.
  const fit = fitLogistic(rows, { l2: 1e-3, iterations: 1500, listwise: 0 });
  const candidates: AnswerabilityModel[] = [
    { kind: 'linear', features: [...ANSWERABILITY_FEATURES], weights: fit.weights, bias: fit.bias },
    { kind: 'trees', ...trainGbdt(rows, [...ANSWERABILITY_FEATURES], { loss: 'logistic', trees: 200, depth: 3, minLeaf: 40, learningRate: 0.05 }), offset: 0 },
  ];
  const round = (x: number): number => Number(x.toFixed(4));
  const shifted = candidates.map((raw) => {
    const pos = val.filter((e) => e.y === 1).map((e) => answerabilityOf(raw, e.x)).sort((a, b) => a - b);
    const threshold = pos[Math.floor((1 - KEEP_ANSWERED) * pos.length)] ?? 0.5;
    const logit = Math.log(threshold / (1 - threshold));
    const model: AnswerabilityModel = raw.kind === 'linear'
      ? { ...raw, weights: raw.weights.map(round), bias: round(raw.bias - logit) }
      : { ...raw, offset: round(-logit) };
    return { model, threshold: round(threshold) };
  });
  const rate = (m: AnswerabilityModel, kind: Example['kind']): number => {
    const es = val.filter((e) => e.kind === kind);
    return es.filter((e) => (answerabilityOf(m, e.x) >= 0.5) === (kind === 'answerable')).length / Math.max(1, es.length);
  };
  const scored = shifted.map((c) => ({ ...c, answered: rate(c.model, 'answerable'), refused: rate(c.model, 'absent'), refusedHidden: rate(c.model, 'hidden') }));
  for (const c of scored) console.log(`answerability ${c.model.kind}: validation answered ${c.answered.toFixed(3)}; "no basis" for ${c.refused.toFixed(3)} of written questions whose law is absent, ${c.refusedHidden.toFixed(3)} with the subject hidden`);
  // Chosen on the written questions whose law is absent: the kind of question the bar is about.
  const best = scored.reduce((a, b) => (b.refused > a.refused ? b : a));
  const model = best.model;
  return {
    model,
    counts: { answerable, hidden, absent, examples: examples.length },
    validation: { answered: best.answered, refused: best.refused, chosenAt: best.threshold },
  };
}
