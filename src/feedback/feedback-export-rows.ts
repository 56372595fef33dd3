import type { AnswerRecord, AnswerRepository, FeedbackQuery, FeedbackRecord, FeedbackRepository } from '../store/types';

/** Export columns, in order: the header names are the keys. */
export const FEEDBACK_EXPORT_COLUMNS = [
  'time', 'unit', 'user', 'channel', 'question', 'answer', 'citations', 'reaction', 'comment', 'answerer', 'commentBlocked', 'answerId',
] as const;

export type FeedbackExportRow = Record<(typeof FEEDBACK_EXPORT_COLUMNS)[number], string>;

const BATCH = 200;
const CACHE_SIZE = 2000;

/** Feedback joined with its answer in application code (FerretDB has no $lookup), oldest first, streamed in batches. */
export async function* feedbackExportRows(deps: {
  feedback: FeedbackRepository;
  answers: AnswerRepository;
  query: FeedbackQuery;
  pseudonymize: (userId: string | undefined) => string;
}): AsyncGenerator<FeedbackExportRow> {
  // Several people often rate the same answer: a bounded cache saves repeated lookups.
  const cache = new Map<string, AnswerRecord | undefined>();
  const remember = (id: string, a: AnswerRecord | undefined) => {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(id, a);
  };
  const lookup = async (ids: string[]) => {
    const missing = [...new Set(ids)].filter((id) => !cache.has(id));
    if (missing.length === 0) return;
    if (deps.answers.getMany) {
      const found = await deps.answers.getMany(missing);
      for (const id of missing) remember(id, found.get(id));
    } else for (const id of missing) remember(id, await deps.answers.get(id));
  };
  const toRow = (f: FeedbackRecord): FeedbackExportRow => {
    const answer = cache.get(f.answerId);
    return {
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
  };
  let batch: FeedbackRecord[] = [];
  const flush = async function* () {
    await lookup(batch.map((f) => f.answerId));
    for (const f of batch) yield toRow(f);
    batch = [];
  };
  for await (const f of deps.feedback.list(deps.query)) {
    batch.push(f);
    if (batch.length >= BATCH) yield* flush();
  }
  yield* flush();
}
