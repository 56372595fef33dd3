import type { ExportColumn } from '../core/export-column';
import { answererLabel, exportsVi, labelFrom } from '../messages/exports';
import type { AnswerRecord, AnswerRepository, FeedbackQuery, FeedbackRecord, FeedbackRepository } from '../store/types';

const vi = exportsVi;
const h = vi.feedback.headers;

/** Feedback export columns, in order: the keys are the JSON field names; CSV and XLSX show the Vietnamese header and wording. */
export const FEEDBACK_EXPORT_COLUMNS: readonly ExportColumn[] = [
  { key: 'time', header: h.time, kind: 'time', width: 20 },
  { key: 'unit', header: h.unit, width: 28 },
  { key: 'user', header: h.user, width: 20 },
  { key: 'channel', header: h.channel, label: labelFrom(vi.channel), width: 20 },
  { key: 'question', header: h.question, width: 50 },
  { key: 'answer', header: h.answer, kind: 'markdown', width: 80 },
  { key: 'citations', header: h.citations, width: 40 },
  { key: 'reaction', header: h.reaction, label: labelFrom(vi.feedback.reaction), width: 14 },
  { key: 'comment', header: h.comment, width: 40 },
  { key: 'answerer', header: h.answerer, label: answererLabel, width: 30 },
  { key: 'commentBlocked', header: h.commentBlocked, label: labelFrom(vi.yesNo), width: 12 },
  { key: 'answerId', header: h.answerId, width: 38 },
];

/** One feedback export row: machine names and values (JSON shows them as they are). */
export type FeedbackExportRow = Record<'unit' | 'user' | 'channel' | 'question' | 'answer' | 'citations' | 'reaction' | 'comment' | 'answerer' | 'commentBlocked' | 'answerId', string> & { time: Date };

const BATCH = 200;
const CACHE_SIZE = 2000;

/** Feedback joined with its answer in application code (FerretDB has no $lookup), oldest first, streamed in batches. */
export async function* feedbackExportRows(deps: {
  feedback: FeedbackRepository;
  answers: AnswerRepository;
  query: FeedbackQuery;
  pseudonymize: (userId: string | undefined) => string;
  /** Filters a batch after the join (the console's filters on the answer and review state); true keeps the record. */
  keep?: (batch: { feedback: FeedbackRecord; answer?: AnswerRecord }[]) => Promise<boolean[]>;
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
  const verdictWords = exportsVi.feedback.citationVerdict;
  // "Điều 7 Nghị định 13/2023/NĐ-CP (sai hoặc không liên quan)": the person's verdict on that citation, where given
  const withVerdict = (label: string, verdict: keyof typeof verdictWords | undefined) => (verdict ? `${label} (${verdictWords[verdict]})` : label);
  const toRow = (f: FeedbackRecord): FeedbackExportRow => {
    const answer = cache.get(f.answerId);
    return {
      time: f.time,
      unit: f.unit ?? answer?.unit ?? '',
      user: deps.pseudonymize(f.userId),
      channel: channelValue(f.channel ?? answer?.channel, f.conversationType ?? answer?.conversationType),
      question: answer?.question ?? '',
      answer: answer?.answer ?? '',
      citations: (answer?.citations ?? []).map((c, i) => withVerdict(c.label, f.citations?.find((v) => v.position === i + 1)?.verdict)).join('; '),
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
    const kept = deps.keep ? await deps.keep(batch.map((f) => ({ feedback: f, answer: cache.get(f.answerId) }))) : undefined;
    for (let i = 0; i < batch.length; i++) if (!kept || kept[i]) yield toRow(batch[i]);
    batch = [];
  };
  for await (const f of deps.feedback.list(deps.query)) {
    batch.push(f);
    if (batch.length >= BATCH) yield* flush();
  }
  yield* flush();
}

/** "personal", "groupChat", "channel" for Teams; "zalo:personal", "zalo:groupChat"… for the other channels. */
function channelValue(channel: string | undefined, conversationType: string | undefined): string {
  if (!conversationType) return channel && channel !== 'teams' ? channel : '';
  return channel && channel !== 'teams' ? `${channel}:${conversationType}` : conversationType;
}
