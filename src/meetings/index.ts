// Meeting summaries and the personal notebook "Sổ tay AI": the pieces the composition root wires.
export { createMeetingFeature, isMeetingRequest, type MeetingFeatureDeps } from './meeting-feature';
export { createNotebookFeature, noteOwnerId, type NotebookFeatureDeps } from './notebook-feature';
export { createSummaryCache, summaryKey, type SummaryCache, type PendingSummary } from './summary-cache';
export type { TranscriptSource, TranscriptFetch } from './transcript-source';
export type { DownloadAttachment, MeetingFileFormat } from './attachments';
export { loadMeetingPrompts, type MeetingPrompts } from './prompts';
export { createMeetingSummariser, EXTRACTIVE_ANSWERER, type SummariseMeeting, type SummaryResult } from './summarise-meeting';
export { summariseExtractive } from './extractive-summary';
export { parseTranscript } from './transcript';
export { buildNoteDocx, DOCX_CONTENT_TYPE } from './export-docx';
export type { MeetingMinutes, MeetingTask } from './minutes';
