import type { Logger } from '../core/logger';
import type { ChatModel } from '../llm/types';
import { summariseExtractive } from './extractive-summary';
import type { MeetingMinutes } from './minutes';
import { summariseWithModel } from './model-summary';
import type { MeetingPrompts } from './prompts';
import { parsePlainText } from './transcript';

/** The answerer name recorded for summaries made without a model. */
export const EXTRACTIVE_ANSWERER = 'extractive-meetings';

/** A summary and how it was made. */
export interface SummaryResult {
  minutes: MeetingMinutes;
  answerer: string;
  mode: 'extractive' | 'model';
  /** True when the model failed and the extractive summary stands in. */
  fallback: boolean;
}

/** Summarises screened text (gate output): with the model when one is configured, else extractively. */
export type SummariseMeeting = (screenedText: string) => Promise<SummaryResult>;

/** Creates the summariser; with a model, any model failure falls back to the extractive summary. */
export function createMeetingSummariser(deps: { model?: ChatModel; prompts?: MeetingPrompts; logger?: Logger; chunkChars?: number }): SummariseMeeting {
  return async (text) => {
    if (deps.model && deps.prompts) {
      try {
        const minutes = await summariseWithModel(text, { model: deps.model, prompts: deps.prompts, chunkChars: deps.chunkChars });
        return { minutes, answerer: deps.model.name, mode: 'model', fallback: false };
      } catch (e) {
        deps.logger?.warn({ err: (e as Error).name, feature: 'meeting' }, 'meeting model failed; extractive fallback');
        return { minutes: summariseExtractive(parsePlainText(text)), answerer: EXTRACTIVE_ANSWERER, mode: 'extractive', fallback: true };
      }
    }
    return { minutes: summariseExtractive(parsePlainText(text)), answerer: EXTRACTIVE_ANSWERER, mode: 'extractive', fallback: false };
  };
}
