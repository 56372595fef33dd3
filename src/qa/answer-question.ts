import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { AsyncRetriever, Retriever } from '../knowledge/types';
import { verifyCitations } from './citations';
import { sourceExcerpts } from './excerpt';
import { noBasisText, qaMessages, type QaMessages } from './messages';
import { createNoBasisPolicy, type NoBasisPolicy } from './no-basis';
import type { Answer, Answerer, AnswerResult, Draft, ScoredHit, Source } from './types';
import { verifiedStream } from './verified-stream';

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
    const hits = uniqueHits(await deps.retriever.search(question, topK));
    const { confidence, noBasis } = policy.judge(question, hits);
    if (noBasis) return { kind: 'no_basis', text: noBasisText(m), confidence, latencyMs: elapsed(start) };
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
