import { CitationRewriter, usedCitations } from './citations';
import type { QaMessages } from './messages';
import type { Answer, Source } from './types';

/** What the stream falls back to when the model fails or cites nothing. */
export type Fallback = (reason: 'model_error' | 'uncited') => Promise<Answer>;

/**
 * Streams a model's answer through citation verification. Text is held back until the first
 * valid citation appears, so an answer that cites nothing retrieved is never shown: it is
 * replaced by the fallback. Mutates `answer` (text, citations, notices) when the stream ends.
 */
export async function* verifiedStream(opts: {
  chunks: AsyncIterable<string>;
  sources: Source[];
  /** Passages shown as citation abstracts, by article id. */
  excerpts?: Map<string, string>;
  answer: Answer;
  fallback: Fallback;
  messages: QaMessages;
  onEnd: () => void;
}): AsyncGenerator<string> {
  const { answer, sources } = opts;
  const rewriter = new CitationRewriter(sources.length);
  let held = '';
  let shown = '';
  const emit = (text: string): string => { shown += text; return text; };
  const useFallback = async function* (reason: 'model_error' | 'uncited') {
    const fb = await opts.fallback(reason);
    Object.assign(answer, { text: fb.text, citations: fb.citations, notices: fb.notices, answerer: fb.answerer, fallback: reason });
    yield fb.text;
  };
  try {
    let failed = false;
    try {
      for await (const chunk of opts.chunks) {
        const out = rewriter.push(chunk);
        if (shown || rewriter.used.length > 0) {
          const text = held + out;
          held = '';
          if (text) yield emit(text);
        } else {
          held += out;
        }
      }
    } catch {
      failed = true;
    }
    const tail = held + rewriter.end();
    if (rewriter.used.length === 0) {
      yield* useFallback(failed ? 'model_error' : 'uncited');
      return;
    }
    if (tail) yield emit(tail);
    if (failed) answer.notices.push(opts.messages.interruptedNotice);
    answer.text = shown.trim();
    answer.citations = usedCitations(rewriter.used, sources, opts.excerpts);
  } finally {
    opts.onEnd();
  }
}
