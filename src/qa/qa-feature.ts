import type { Clock } from '../core/clock';
import { AppError } from '../core/app-error';
import type { Logger } from '../core/logger';
import type { FeatureHandler, PassedVerdict } from '../turns/feature';
import type { AiAnswer, Turn, TurnOutcome, TurnResult } from '../turns/types';
import type { AnswerQuestion } from './answer-question';
import { greetingText, qaMessages, type QaMessages } from './messages';
import { isSmallTalk } from './small-talk';
import type { Answer } from './types';

/** Dependencies of the Q&A feature. */
export interface QaFeatureDeps {
  answerQuestion: AnswerQuestion;
  clock: Clock;
  messages?: QaMessages;
  logger?: Logger;
}

/** The default feature: any non-command text is a legal question (gated; blocked text never arrives here). */
export function createQaFeature(deps: QaFeatureDeps): FeatureHandler {
  const m = deps.messages ?? qaMessages;
  return {
    name: 'qa',
    gated: true,
    matches: (turn: Turn) => {
      const text = turn.text.trim();
      return text.length > 0 && !text.startsWith('/');
    },
    async handle(turn, ctx): Promise<TurnResult> {
      const verdict = ctx.verdict;
      // Unscreened text must never reach retrieval or a model.
      if (!verdict) throw new AppError('INTERNAL', 'qa feature called without a gate verdict');
      const start = deps.clock.now().getTime();
      if (isSmallTalk(verdict.text)) {
        return { replies: [{ kind: 'text', text: greetingText(m) }], outcome: { feature: 'qa', outcome: 'small_talk' } };
      }
      const result = await deps.answerQuestion({ question: verdict.text, canStream: ctx.canStream });
      if (result.kind === 'no_basis') {
        return {
          replies: [{ kind: 'text', text: result.text }],
          outcome: { feature: 'qa', outcome: 'no_basis', details: { confidence: round(result.confidence) } },
        };
      }
      const outcome: TurnOutcome = { feature: 'qa', outcome: 'answered', answerer: result.answerer, details: details(result) };
      const ai = toAiAnswer(result, verdict, m, deps.clock.now().getTime() - start);
      if (result.stream) ai.stream = restoredStream(result, ai, verdict, outcome, () => deps.clock.now().getTime() - start, m);
      deps.logger?.debug({ turn: turn.id, answerer: result.answerer, citations: result.citations.length }, 'qa: answered');
      return { replies: [{ kind: 'answer', answer: ai }], outcome };
    },
  };
}

function toAiAnswer(a: Answer, verdict: PassedVerdict, m: QaMessages, latencyMs: number): AiAnswer {
  return {
    text: verdict.restore(a.text),
    recordText: a.text,
    citations: a.citations,
    ...(verdict.notice ? { sensitivity: 'internal' as const } : {}),
    notices: notices(a, verdict, m),
    draft: { feature: 'qa', question: verdict.text, answerer: a.answerer, latencyMs, gate: verdict.audit },
  };
}

// Fallback notices first (they explain the answer), then the gate's, then the AI label that is always shown.
function notices(a: Answer, verdict: PassedVerdict, m: QaMessages): string[] {
  return [
    ...a.notices,
    ...(verdict.notice ? [verdict.notice.message] : []),
    ...(verdict.decision === 'redact' ? [m.redactedNotice] : []),
    m.aiNotice,
  ];
}

// Puts redacted values back into each streamed chunk (chunks never split a placeholder) and
// completes the AiAnswer, draft and outcome once the stream has ended.
async function* restoredStream(
  a: Answer, ai: AiAnswer, verdict: PassedVerdict, outcome: TurnOutcome, elapsed: () => number, m: QaMessages,
): AsyncGenerator<string> {
  for await (const chunk of a.stream ?? []) yield verdict.restore(chunk);
  ai.text = verdict.restore(a.text);
  ai.recordText = a.text;
  ai.citations = a.citations;
  ai.notices = notices(a, verdict, m);
  ai.draft.answerer = a.answerer;
  ai.draft.latencyMs = elapsed();
  outcome.answerer = a.answerer;
  outcome.details = details(a);
}

function details(a: Answer): Record<string, string | number | boolean | null> {
  return { citations: a.citations.length, confidence: round(a.confidence), fallback: a.fallback ?? null };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
