import type { Hit } from '../knowledge/types';
import type { Citation } from '../turns/types';

/** A retrieval hit; `confidence` (0..1) is optional so any retriever fits. */
export type ScoredHit = Hit & { confidence?: number };

/** A retrieved article offered to an answerer under its number [n] (1-based). */
export interface Source {
  position: number;
  hit: ScoredHit;
}

/** What an answerer is asked: the (redacted) question and the numbered sources. */
export interface AnswerRequest {
  question: string;
  sources: Source[];
  /** True when the reply can be streamed (1:1 chats): a generative answerer then streams. */
  canStream: boolean;
}

/** An answerer's draft: text citing sources as [n]; with `stream`, text is known only once the stream is consumed. */
export type Draft =
  /** `excerpts`: per article id, the passage the text relies on (feeds the citation abstract). */
  | { kind: 'text'; text: string; excerpts?: Map<string, string> }
  | { kind: 'stream'; chunks: AsyncIterable<string> };

/** Produces an answer from numbered sources; the extractive one never fails, a generative one may reject. */
export interface Answerer {
  /** Recorded with the answer, e.g. 'extractive' or 'llm:qwen2.5-7b'. */
  readonly name: string;
  answer(request: AnswerRequest): Promise<Draft>;
}

/**
 * A grounded answer. When `stream` is present it yields the verified text as it arrives, and
 * `text`, `citations`, `notices` and `answerer` are final only once the stream has been consumed.
 */
export interface Answer {
  kind: 'answer';
  text: string;
  /** The sources the text cites, renumbered [1]..[n] in order of first use. */
  citations: Citation[];
  notices: string[];
  answerer: string;
  /** Retrieval confidence that let the answer through (0..1). */
  confidence: number;
  /** Why the extractive answer replaced the model's, if it did. */
  fallback?: 'model_error' | 'uncited';
  /** Time to the final text (for a stream: set when the stream ends). */
  latencyMs: number;
  stream?: AsyncIterable<string>;
}

/** Retrieval found nothing solid enough: the reply says so and never guesses. */
export interface NoBasis {
  kind: 'no_basis';
  text: string;
  confidence: number;
  latencyMs: number;
}

export type AnswerResult = Answer | NoBasis;
