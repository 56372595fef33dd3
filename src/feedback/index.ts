export { createRecordFeedback, type RecordFeedback, type RecordFeedbackDeps, type RecordFeedbackResult, type FeedbackActor } from './record-feedback';
export { feedbackInputSchema, type FeedbackInput } from './feedback-input';
export { feedbackExportRows, FEEDBACK_EXPORT_COLUMNS } from './feedback-export-rows';
export { createRecordCitationVerdicts, citationVerdictsInputSchema, type RecordCitationVerdictsResult } from './record-citation-verdicts';
