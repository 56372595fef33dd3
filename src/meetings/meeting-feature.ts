import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import { LEVEL_CATEGORIES, type Category, type Gate } from '../gate/types';
import type { ChatModel } from '../llm/types';
import type { FeatureHandler } from '../turns/feature';
import type { AiAnswer, Turn, TurnResult } from '../turns/types';
import { formatOf, isFileAttachment, type DownloadAttachment } from './attachments';
import { foldAligned } from '../core/vietnamese';
import { resolveMeetingInput, SUMMARY_COMMAND } from './meeting-input';
import { messages } from './messages';
import { mapMinutesText } from './minutes';
import { placeholderValues } from './note-at-rest';
import { loadMeetingPrompts, type MeetingPrompts } from './prompts';
import { renderMinutesMarkdown } from './render-minutes';
import { summaryKey, type SummaryCache } from './summary-cache';
import { createMeetingSummariser } from './summarise-meeting';
import type { TranscriptSource } from './transcript-source';

/** What the meeting feature needs; all injected by the composition root. */
export interface MeetingFeatureDeps {
  gate: Gate;
  /** Shared with the notebook feature, so "lưu" can save the summary just shown. */
  summaries: SummaryCache;
  downloadAttachment: DownloadAttachment;
  /** Config.meetings.maxBytes. */
  maxBytes: number;
  clock: Clock;
  /** The self-hosted chat model (Config.llm); absent ⇒ extractive summaries. */
  model?: ChatModel;
  /** Prompts of the model mode (default: prompts/meetings/). */
  prompts?: MeetingPrompts;
  /** Teams meeting transcripts through Graph, when Config.meetings.graphTranscripts is set and a source exists. */
  transcriptSource?: TranscriptSource;
  logger?: Logger;
  /** Characters per model chunk (default 12,000); smaller for models with a short context. */
  chunkChars?: number;
}

const CHAT_MAX_TASKS = 40;
// Level-2 content ("Nội bộ"), even beside a personal identifier that raises the level: the note keeps the label.
const INTERNAL = new Set<Category>(LEVEL_CATEGORIES[2]);

/** True when the turn asks for a meeting summary: the command, the phrase, or a supported meeting file. */
export function isMeetingRequest(turn: Turn): boolean {
  if (SUMMARY_COMMAND.test(foldAligned(turn.text.normalize('NFC'))) && /\S/.test(turn.text)) return true;
  return turn.attachments.some((a) => isFileAttachment(a) && formatOf(a) !== undefined);
}

/** The meeting summary feature: screened transcript in, biên bản (AI answer with a "Lưu vào Sổ tay" action) out. */
export function createMeetingFeature(deps: MeetingFeatureDeps): FeatureHandler {
  const prompts = deps.model ? deps.prompts ?? loadMeetingPrompts() : undefined;
  const summarise = createMeetingSummariser({ model: deps.model, prompts, logger: deps.logger, chunkChars: deps.chunkChars });
  return {
    name: 'meeting',
    gated: true,
    matches: isMeetingRequest,
    async handle(turn, ctx): Promise<TurnResult> {
      const started = deps.clock.now().getTime();
      const input = await resolveMeetingInput(turn, ctx, deps);
      if (input.kind === 'stop') {
        return { replies: [{ kind: 'text', text: input.text }], outcome: { feature: 'meeting', outcome: input.outcome, details: input.details } };
      }
      const { verdict } = input;
      const result = await summarise(verdict.text);
      // Placeholders ([NGƯỜI_1], [SĐT_1]…) go back to the values only in what this user sees.
      const minutes = mapMinutesText(result.minutes, verdict.restore);
      // The chat message stays within Teams' size limit; the notebook and the .docx keep every task.
      const markdown = renderMinutesMarkdown(minutes);
      const shown = renderMinutesMarkdown(minutes, { maxTasks: CHAT_MAX_TASKS });
      const title = minutes.title || noteTitle(minutes.facts.time, deps.clock.now());
      const internal = verdict.level === 2 || verdict.categories.some((c) => INTERNAL.has(c));
      // What "lưu" stores: the placeholder minutes and the values behind them, never the restored text.
      const atRest = { minutes: result.minutes, values: placeholderValues(result.minutes, verdict.restore) };
      const pending = await deps.summaries.put(summaryKey(turn), { title, markdown, minutes, atRest, label: internal ? 'internal' : undefined });
      const notices = [messages.aiNotice];
      if (result.fallback) notices.push(messages.modelFallbackNotice);
      else if (result.mode === 'extractive') notices.push(messages.extractiveNotice);
      if (verdict.notice) notices.push(verdict.notice.message);
      const answer: AiAnswer = {
        text: `${shown}\n\n${messages.saveHint}`,
        // Stored records keep the placeholders: restored identifiers are for this user's eyes only.
        recordText: renderMinutesMarkdown(result.minutes, { maxTasks: CHAT_MAX_TASKS }),
        citations: [],
        notices,
        sensitivity: internal ? 'internal' : undefined,
        draft: {
          feature: 'meeting',
          // Never the transcript itself: a description of what was summarised.
          question: `/tomtat (${input.source}, ${input.bytes} bytes)`,
          answerer: result.answerer,
          latencyMs: deps.clock.now().getTime() - started,
          gate: verdict.audit,
        },
        actions: [{ title: messages.saveAction, data: { action: 'notebook_save', summaryId: pending.id } }],
      };
      return {
        replies: [{ kind: 'answer', answer }],
        outcome: {
          feature: 'meeting',
          outcome: 'summarised',
          answerer: result.answerer,
          details: { source: input.source, mode: result.mode, fallback: result.fallback, bytes: input.bytes, tasks: minutes.tasks.length, decision: verdict.decision },
        },
      };
    },
  };
}

// A notebook title is read weeks later: "Hôm nay, ngày 20/11/2026" becomes "Cuộc họp ngày 20/11/2026".
function noteTitle(time: string, now: Date): string {
  const date = /\b\d{1,2}\/\d{1,2}\/\d{4}\b/.exec(time)?.[0];
  if (date) return `Cuộc họp ngày ${date}`;
  return `Cuộc họp ${time || `ngày ${formatDate(now)}`}`.slice(0, 120);
}

function formatDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
}
