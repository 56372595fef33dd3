import type { Config } from '../config';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { AsyncRetriever, Retriever } from '../knowledge/types';
import { createOpenAiChatModel } from '../llm/openai-chat-model';
import type { ChatModel } from '../llm/types';
import type { FeatureHandler } from '../turns/feature';
import { createAnswerQuestion } from './answer-question';
import { createExtractiveAnswerer } from './extractive-answerer';
import { createGenerativeAnswerer } from './generative-answerer';
import type { NoBasisPolicy } from './no-basis';
import { loadQaPrompts } from './prompts';
import { createQaFeature } from './qa-feature';
import type { DocumentStatusLookup } from './document-status';

export { createAnswerQuestion, type AnswerQuestion, type AnswerQuestionDeps } from './answer-question';
export { createExtractiveAnswerer } from './extractive-answerer';
export { createGenerativeAnswerer } from './generative-answerer';
export { createNoBasisPolicy, defaultConfidence, DEFAULT_MIN_CONFIDENCE, type ConfidenceFn, type NoBasisPolicy } from './no-basis';
export { loadQaPrompts, type QaPrompts } from './prompts';
export { createQaFeature, type QaFeatureDeps } from './qa-feature';
export { verifyCitations } from './citations';
export { EXAMPLE_QUESTIONS, type ExampleQuestion } from './example-questions';
export type { Answer, Answerer, AnswerResult, NoBasis } from './types';

/** Builds the Q&A feature: extractive always; generative (with extractive fallback) when a model or `llm` (Config.llm) is given. */
export function createQaFeatureFromConfig(deps: {
  retriever: Retriever | AsyncRetriever;
  llm?: Config['llm'];
  /** A chat model already built from Config.llm (shared with other features); built here when absent. */
  model?: ChatModel;
  clock: Clock;
  logger?: Logger;
  /** Folder of the prompt templates (default prompts/qa under the working directory). */
  promptsDir?: string;
  noBasis?: NoBasisPolicy;
  /** Declared changes of documents' force (replaced texts are not quoted). */
  documentStatus?: DocumentStatusLookup;
}): FeatureHandler {
  const model = deps.model ?? (deps.llm ? createOpenAiChatModel({ ...deps.llm, maxRetries: 1 }) : undefined);
  const generative = model ? createGenerativeAnswerer({ model, prompts: loadQaPrompts(deps.promptsDir) }) : undefined;
  const answerQuestion = createAnswerQuestion({
    retriever: deps.retriever, extractive: createExtractiveAnswerer(), generative, clock: deps.clock, logger: deps.logger, noBasis: deps.noBasis, documentStatus: deps.documentStatus,
  });
  return createQaFeature({ answerQuestion, clock: deps.clock, logger: deps.logger });
}
