import type { ExportColumn, Row } from '../core/export-column';
import { answererLabel, exportsVi, labelFrom } from '../messages/exports';
import type { AnswerRecord } from '../store/types';

const h = exportsVi.history.headers;

/** The columns of a person's own record of AI use: when, what they asked, what the AI answered, on which sources. */
export const HISTORY_COLUMNS: readonly ExportColumn[] = [
  { key: 'time', header: h.time, kind: 'time', width: 20 },
  { key: 'feature', header: h.feature, label: labelFrom(exportsVi.feature), width: 18 },
  { key: 'channel', header: h.channel, label: labelFrom(exportsVi.channel), width: 20 },
  { key: 'question', header: h.question, width: 50 },
  { key: 'answer', header: h.answer, kind: 'markdown', width: 80 },
  { key: 'sources', header: h.sources, width: 50 },
  { key: 'answerer', header: h.answerer, label: answererLabel, width: 30 },
];

/** One stored answer as a history row: the text as stored (placeholders, never restored values). */
export function historyRow(a: AnswerRecord): Row {
  return {
    time: a.time,
    feature: a.feature,
    channel: a.conversationType,
    question: a.question,
    answer: a.answer,
    sources: a.citations.map((c) => c.label).join('; '),
    answerer: a.answerer,
  };
}
