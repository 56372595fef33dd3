import type { AnswerRecord, AnswerRepository, FeedbackQuery, FeedbackRepository } from '../store/types';

/** Export columns, in order: the header names are the keys. */
export const FEEDBACK_EXPORT_COLUMNS = [
  'time', 'unit', 'user', 'channel', 'question', 'answer', 'citations', 'reaction', 'comment', 'answerer', 'commentBlocked', 'answerId',
] as const;

export type FeedbackExportRow = Record<(typeof FEEDBACK_EXPORT_COLUMNS)[number], string>;

const CACHE_SIZE = 500;

/** Feedback joined with its answer in application code (FerretDB has no $lookup), oldest first, streamed. */
export async function* feedbackExportRows(deps: {
  feedback: FeedbackRepository;
  answers: AnswerRepository;
  query: FeedbackQuery;
  pseudonymize: (userId: string | undefined) => string;
}): AsyncGenerator<FeedbackExportRow> {
  // Several people often rate the same answer: a small cache saves repeated lookups.
  const cache = new Map<string, AnswerRecord | undefined>();
  for await (const f of deps.feedback.list(deps.query)) {
    let answer: AnswerRecord | undefined;
    if (cache.has(f.answerId)) answer = cache.get(f.answerId);
    else {
      answer = await deps.answers.get(f.answerId);
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      cache.set(f.answerId, answer);
    }
    yield {
      time: f.time.toISOString(),
      unit: f.unit ?? answer?.unit ?? '',
      user: deps.pseudonymize(f.userId),
      channel: f.conversationType ?? answer?.conversationType ?? '',
      question: answer?.question ?? '',
      answer: answer?.answer ?? '',
      citations: (answer?.citations ?? []).map((c) => c.label).join('; '),
      reaction: f.reaction,
      comment: f.comment ?? '',
      answerer: answer?.answerer ?? '',
      commentBlocked: f.commentBlocked ? 'true' : 'false',
      answerId: f.answerId,
    };
  }
}
