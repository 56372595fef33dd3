import { z } from 'zod';
import type { Logger } from '../core/logger';
import { graphGet, type GraphResponse } from './graph-http';
import type { TranscriptFetch, TranscriptSource } from './transcript-source';

export interface GraphTranscriptSourceDeps {
  /** Graph v1.0 base URL (Config.meetings.graph.baseUrl), no trailing slash. */
  baseUrl: string;
  /** An app-only Graph access token (see createGraphTokenProvider). */
  getToken: () => Promise<string>;
  /** Config.meetings.maxBytes: the transcript's size limit. */
  maxBytes: number;
  /** Per request (default 15 s). */
  timeoutMs?: number;
  logger?: Logger;
  /** Injected in tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

// Metadata answers are small; this only guards against a misbehaving server.
const METADATA_MAX_BYTES = 1_000_000;

const chatSchema = z.object({
  onlineMeetingInfo: z.object({ joinWebUrl: z.string().min(1).nullish(), organizer: z.object({ id: z.string().min(1).nullish() }).nullish() }).nullish(),
});
const meetingsSchema = z.object({ value: z.array(z.object({ id: z.string().min(1) })) });
const transcriptsSchema = z.object({ value: z.array(z.object({ id: z.string().min(1), createdDateTime: z.string().nullish() })) });

type Step = 'chat' | 'meeting' | 'transcripts' | 'content';
/** A step that ended the fetch: the result to return (after logging why). */
class Stop {
  constructor(readonly result: TranscriptFetch) {}
}

/**
 * The Teams meeting's own transcript through Microsoft Graph (app-only): meeting chat → online meeting → latest
 * transcript → WebVTT. Refusals (401/403) come back as `forbidden` so the user is told which permissions are missing.
 */
export function createGraphTranscriptSource(deps: GraphTranscriptSourceDeps): TranscriptSource {
  const timeoutMs = deps.timeoutMs ?? 15_000;
  const log = deps.logger?.child({ component: 'graph-transcripts' });

  async function get(step: Step, path: string, token: string, maxBytes: number, accept?: string): Promise<string> {
    const res = await graphGet(`${deps.baseUrl}${path}`, { token, timeoutMs, maxBytes, accept, fetch: deps.fetch });
    if (res.kind === 'ok') return res.body;
    // Status codes and steps only: never the transcript, never the meeting's URL.
    log?.warn({ step, outcome: res.kind, status: res.kind === 'status' ? res.status : undefined }, 'graph transcript request failed');
    throw new Stop(failure(res, step));
  }

  async function json<T>(step: Step, path: string, token: string, schema: z.ZodType<T>): Promise<T> {
    const parsed = schema.safeParse(safeJson(await get(step, path, token, METADATA_MAX_BYTES)));
    if (!parsed.success) {
      log?.warn({ step }, 'graph answered with an unexpected shape');
      throw new Stop({ kind: 'unavailable', reason: `unexpected ${step} response` });
    }
    return parsed.data;
  }

  return {
    async fetchForConversation({ conversationId }): Promise<TranscriptFetch> {
      let token: string;
      try {
        token = await deps.getToken();
      } catch (err) {
        log?.error({ err: (err as Error).message }, 'graph token request failed');
        return { kind: 'unavailable', reason: 'token' };
      }
      try {
        const chat = await json('chat', `/chats/${encodeURIComponent(conversationId)}`, token, chatSchema);
        const joinWebUrl = chat.onlineMeetingInfo?.joinWebUrl;
        const organizerId = chat.onlineMeetingInfo?.organizer?.id;
        // Not a meeting chat (1:1 or an ordinary group chat): there is no transcript to look for.
        if (!joinWebUrl || !organizerId) return { kind: 'not_found' };
        const user = `/users/${encodeURIComponent(organizerId)}/onlineMeetings`;
        const filter = encodeURIComponent(`JoinWebUrl eq '${joinWebUrl.replace(/'/g, "''")}'`);
        const meetings = await json('meeting', `${user}?$filter=${filter}`, token, meetingsSchema);
        const meetingId = meetings.value[0]?.id;
        if (!meetingId) return { kind: 'not_found' };
        const meeting = `${user}/${encodeURIComponent(meetingId)}`;
        const latest = latestTranscript((await json('transcripts', `${meeting}/transcripts`, token, transcriptsSchema)).value);
        if (!latest) return { kind: 'not_found' };
        const text = await get('content', `${meeting}/transcripts/${encodeURIComponent(latest.id)}/content?$format=text/vtt`, token, deps.maxBytes, 'text/vtt');
        log?.info({ bytes: Buffer.byteLength(text, 'utf8') }, 'graph transcript fetched');
        return { kind: 'ok', text, format: 'vtt' };
      } catch (err) {
        if (err instanceof Stop) return err.result;
        throw err;
      }
    },
  };
}

/** The transcript created last (Graph does not promise an order). */
export function latestTranscript<T extends { createdDateTime?: string | null }>(items: T[]): T | undefined {
  const time = (t: T) => Date.parse(t.createdDateTime ?? '') || 0;
  return items.reduce<T | undefined>((best, t) => (best === undefined || time(t) > time(best) ? t : best), undefined);
}

function failure(res: Exclude<GraphResponse, { kind: 'ok' }>, step: Step): TranscriptFetch {
  switch (res.kind) {
    // Only the transcript itself can be "too large" for the user; oversized metadata is a server fault.
    case 'too_large': return step === 'content' ? { kind: 'too_large', bytes: res.bytes } : { kind: 'unavailable', reason: `oversized ${step} response` };
    case 'unavailable': return { kind: 'unavailable', reason: res.reason };
    case 'status':
      if (res.status === 401 || res.status === 403) return { kind: 'forbidden', status: res.status };
      if (res.status === 404) return { kind: 'not_found' };
      return { kind: 'unavailable', reason: `http ${res.status}` };
  }
}

function safeJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
