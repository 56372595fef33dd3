import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { AsyncRetriever, Retriever, SearchResult } from '../knowledge/types';
import { verifyCitations } from './citations';
import { sourceExcerpts } from './excerpt';
import { fill, qaMessages, type QaMessages } from './messages';
import { createNoBasisPolicy, type NoBasisPolicy } from './no-basis';
import type { Answer, Answerer, AnswerResult, Draft, ScoredHit, Source } from './types';
import { verifiedStream } from './verified-stream';
import type { DocumentStatusLookup } from './document-status';
import { articleLabel, displayDate, documentLabel } from './sources';

/** The answerability bar of retrievers that give one: "no basis" below it. */
const ANSWERABLE = 0.5;

/** Dependencies of the Q&A use case. */
export interface AnswerQuestionDeps {
  retriever: Retriever | AsyncRetriever;
  /** Always available; also the fallback of the generative answerer. */
  extractive: Answerer;
  /** The model-backed answerer, when a model is configured. */
  generative?: Answerer;
  clock: Clock;
  noBasis?: NoBasisPolicy;
  /** Articles retrieved and offered as numbered sources (default 5). */
  topK?: number;
  messages?: QaMessages;
  logger?: Logger;
  /** Declared changes of documents' force (replaced texts are not quoted; amended ones carry a warning). */
  documentStatus?: DocumentStatusLookup;
}

/** The question as the gate let it through (placeholders instead of personal data). */
export interface QuestionInput {
  question: string;
  canStream: boolean;
}

export type AnswerQuestion = (input: QuestionInput) => Promise<AnswerResult>;

/** Creates the use case: retrieve → no-basis check → answer → verify citations (fallback to extractive). */
export function createAnswerQuestion(deps: AnswerQuestionDeps): AnswerQuestion {
  const m = deps.messages ?? qaMessages;
  const policy = deps.noBasis ?? createNoBasisPolicy();
  const topK = deps.topK ?? 5;
  const elapsed = (start: number) => deps.clock.now().getTime() - start;

  return async ({ question, canStream }) => {
    const start = deps.clock.now().getTime();
    const found: SearchResult = deps.retriever.lookup
      ? await deps.retriever.lookup(question, topK)
      : { hits: await deps.retriever.search(question, topK), missingDocuments: [] };
    const { hits, dropped } = await usableHits(uniqueHits(found.hits), deps.documentStatus);
    const judged = found.answerability === undefined ? policy.judge(question, hits) : { confidence: found.answerability, noBasis: found.answerability < ANSWERABLE };
    const confidence = judged.confidence;
    // The best article being a replaced or repealed text is no basis either: what replaced it is not in the base.
    if (judged.noBasis || hits.length === 0 || dropped.some((d) => d.rank === 0)) {
      const notes = [
        ...(found.missingDocuments.length ? [fill(m.missingDocuments, { documents: found.missingDocuments.join(', ') })] : []),
        ...(!found.missingDocuments.length && found.uncoveredLaws?.length ? [fill(m.uncoveredLaws, { laws: found.uncoveredLaws.join(', ') })] : []),
        ...dropped.filter((d) => d.rank === 0).map((d) => d.note(m)),
      ];
      return { kind: 'no_basis', text: [m.noBasis, ...notes, fill(m.noBasisHints, { example: m.examples.noBasis })].join('\n\n'), confidence, latencyMs: elapsed(start) };
    }
    const sources: Source[] = hits.map((hit, i) => ({ position: i + 1, hit }));

    const extractive = async (fallback?: Answer['fallback']): Promise<Answer> => {
      const draft = await collect(await deps.extractive.answer({ question, sources, canStream: false }));
      const verified = verifyCitations(draft.text, sources, draft.excerpts);
      const notices = fallback === 'model_error' ? [m.modelFallbackNotice] : fallback === 'uncited' ? [m.uncitedFallbackNotice] : [];
      return { kind: 'answer', ...verified, notices, answerer: deps.extractive.name, confidence, latencyMs: elapsed(start), ...(fallback ? { fallback } : {}) };
    };

    if (!deps.generative) return extractive();
    let draft: Draft;
    try {
      draft = await deps.generative.answer({ question, sources, canStream });
    } catch (e) {
      deps.logger?.warn({ err: errorName(e), answerer: deps.generative.name }, 'qa: model failed, extractive fallback');
      return extractive('model_error');
    }
    const excerpts = sourceExcerpts(sources, question);
    if (draft.kind === 'text') {
      const verified = verifyCitations(draft.text, sources, excerpts);
      if (verified.citations.length === 0) return extractive('uncited');
      return { kind: 'answer', ...verified, notices: [], answerer: deps.generative.name, confidence, latencyMs: elapsed(start) };
    }
    const answer: Answer = { kind: 'answer', text: '', citations: [], notices: [], answerer: deps.generative.name, confidence, latencyMs: 0 };
    answer.stream = verifiedStream({
      chunks: draft.chunks,
      sources,
      excerpts,
      answer,
      messages: m,
      fallback: (reason) => {
        deps.logger?.warn({ reason, answerer: answer.answerer }, 'qa: streamed answer replaced by extractive');
        return extractive(reason);
      },
      onEnd: () => { answer.latencyMs = elapsed(start); },
    });
    return answer;
  };
}

/** A hit set aside: where it ranked, and what the reply may say about it. */
interface Dropped {
  rank: number;
  note: (m: QaMessages) => string;
}

/**
 * The hits an answer may quote: repealed articles and documents declared replaced or expired go (with a note for
 * the reply); documents declared amended stay, carrying the declaration so the answer warns.
 */
async function usableHits(hits: ScoredHit[], status?: DocumentStatusLookup): Promise<{ hits: ScoredHit[]; dropped: Dropped[] }> {
  const kept: ScoredHit[] = [];
  const dropped: Dropped[] = [];
  for (const [rank, hit] of hits.entries()) {
    const a = hit.article;
    if (a.repealed) {
      dropped.push({ rank, note: (m) => fill(m.repealedArticle, { article: articleLabel(a, m) }) });
      continue;
    }
    const override = status ? await status.overrideOf(a.document) : undefined;
    if (override && override.status !== 'amended') {
      const from = (m: QaMessages) => (override.from ? fill(m.fromDate, { date: displayDate(override.from) }) : '');
      dropped.push({
        rank,
        note: (m) => fill(m.replacedDocument, {
          document: documentLabel(a.document, m),
          how: override.status === 'replaced' ? fill(m.replacedBy, { by: override.by ?? '', from: from(m) }) : fill(m.expired, { from: from(m) }),
        }),
      });
      continue;
    }
    kept.push(override ? { ...hit, article: { ...a, document: { ...a.document, override } } } : hit);
  }
  return { hits: kept, dropped };
}

// Parse artefacts can repeat an article; the same article offered twice would split its citations.
function uniqueHits(hits: ScoredHit[]): ScoredHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => !seen.has(h.article.id) && seen.add(h.article.id));
}

async function collect(draft: Draft): Promise<{ text: string; excerpts?: Map<string, string> }> {
  if (draft.kind === 'text') return draft;
  let text = '';
  for await (const chunk of draft.chunks) text += chunk;
  return { text };
}

function errorName(e: unknown): string {
  return e instanceof Error ? e.name : 'unknown';
}
