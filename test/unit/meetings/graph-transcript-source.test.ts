import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '../../../src/core/logger';
import { createGraphTranscriptSource, latestTranscript } from '../../../src/meetings/graph-transcript-source';
import { createMeetingFeature } from '../../../src/meetings/meeting-feature';
import { messages } from '../../../src/meetings/messages';
import { createSummaryCache } from '../../../src/meetings/summary-cache';
import type { Reply } from '../../../src/turns/types';
import { startFakeGraphServer, type FakeGraphServer, type FakeMeeting } from '../../helpers/fake-graph-server';
import { createMeetingTestGate } from './support/meeting-gate';
import { makeTurn, routedContext } from './support/turns';

const VTT = fs.readFileSync(path.resolve(__dirname, '../../fixtures/meetings/giao-ban-phuong-2-gio.vtt'), 'utf8');
// A phrase of the transcript: it must never appear in a log line.
const TRANSCRIPT_PHRASE = 'Đề nghị các đồng chí ở điểm cầu khu phố tắt micro';
const JOIN_URL = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d&o'brien=1";
const clock = { now: () => new Date('2026-11-22T09:00:00Z') };

function meeting(overrides: Partial<FakeMeeting> = {}): FakeMeeting {
  return {
    chatId: '19:meeting_abc@thread.v2',
    organizerId: 'organizer-aad-id',
    joinWebUrl: JOIN_URL,
    meetingId: 'MSo1N2Y5ZGFjYy03MWJmLTQ3NDMtYjQxMy01M2EdFGkdRWHJlQ',
    transcripts: [
      { id: 'older', createdDateTime: '2026-11-20T08:00:00Z', vtt: 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A>Bản ghi cũ.</v>\n' },
      { id: 'latest', createdDateTime: '2026-11-21T08:00:00Z', vtt: VTT },
    ],
    ...overrides,
  };
}

function textOf(replies: Reply[]): string {
  if (replies[0]?.kind !== 'text') throw new Error(`expected a text reply, got ${JSON.stringify(replies[0])}`);
  return replies[0].text;
}

describe('Graph transcript source', () => {
  let graph: FakeGraphServer;
  const logLines: string[] = [];
  const logger = createLogger('debug', new Writable({ write(chunk, _enc, cb) { logLines.push(chunk.toString()); cb(); } }));
  const source = (maxBytes = 2_000_000, timeoutMs = 5000) =>
    createGraphTranscriptSource({ baseUrl: graph.baseUrl, getToken: async () => graph.token, maxBytes, timeoutMs, logger });
  const ask = (conversationId = '19:meeting_abc@thread.v2') => ({ conversationId, userId: 'user-aad-id', tenantId: 'tenant-test' });

  beforeAll(async () => { graph = await startFakeGraphServer(); });
  afterAll(async () => { await graph.close(); });
  beforeEach(() => {
    Object.assign(graph.state, { meetings: [meeting()], plainChats: ['19:group@thread.v2'], forceStatus: undefined, chunked: false, delayMs: undefined });
    graph.requests.length = 0;
  });
  afterEach(() => {
    expect(logLines.join('')).not.toContain(TRANSCRIPT_PHRASE);
  });

  it('follows the meeting chat to its online meeting and returns the latest transcript as WebVTT', async () => {
    const result = await source().fetchForConversation(ask());
    expect(result).toEqual({ kind: 'ok', text: VTT, format: 'vtt' });
    const paths = graph.requests.map((r) => decodeURIComponent(r.url));
    expect(paths).toEqual([
      '/v1.0/chats/19:meeting_abc@thread.v2',
      `/v1.0/users/organizer-aad-id/onlineMeetings?$filter=JoinWebUrl eq '${JOIN_URL.replace(/'/g, "''")}'`,
      '/v1.0/users/organizer-aad-id/onlineMeetings/MSo1N2Y5ZGFjYy03MWJmLTQ3NDMtYjQxMy01M2EdFGkdRWHJlQ/transcripts',
      '/v1.0/users/organizer-aad-id/onlineMeetings/MSo1N2Y5ZGFjYy03MWJmLTQ3NDMtYjQxMy01M2EdFGkdRWHJlQ/transcripts/latest/content?$format=text/vtt',
    ]);
    expect(graph.requests.every((r) => r.authorization === `Bearer ${graph.token}`)).toBe(true);
  });

  it('answers not_found for a chat that is not a meeting chat, and for an unknown chat', async () => {
    expect(await source().fetchForConversation(ask('19:group@thread.v2'))).toEqual({ kind: 'not_found' });
    expect(graph.requests).toHaveLength(1);
    expect(await source().fetchForConversation(ask('a:personal-chat'))).toEqual({ kind: 'not_found' });
  });

  it('answers not_found when the meeting has no transcript yet', async () => {
    graph.state.meetings = [meeting({ transcripts: [] })];
    expect(await source().fetchForConversation(ask())).toEqual({ kind: 'not_found' });
  });

  it('reports forbidden when Graph refuses the app (403 or 401)', async () => {
    graph.state.forceStatus = 403;
    expect(await source().fetchForConversation(ask())).toEqual({ kind: 'forbidden', status: 403 });
    const wrongToken = createGraphTranscriptSource({ baseUrl: graph.baseUrl, getToken: async () => 'expired', maxBytes: 2_000_000 });
    graph.state.forceStatus = undefined;
    expect(await wrongToken.fetchForConversation(ask())).toEqual({ kind: 'forbidden', status: 401 });
  });

  it('stops at the size limit, whether the length is declared or only streamed', async () => {
    const limit = Buffer.byteLength(VTT, 'utf8') - 1;
    expect(await source(limit).fetchForConversation(ask())).toEqual({ kind: 'too_large', bytes: limit + 1 });
    graph.state.chunked = true;
    expect(await source(limit).fetchForConversation(ask())).toEqual({ kind: 'too_large' });
    expect(await source(limit + 1).fetchForConversation(ask())).toEqual({ kind: 'ok', text: VTT, format: 'vtt' });
  });

  it('reports unavailable on a timeout and on a token failure, without throwing', async () => {
    graph.state.delayMs = 1000;
    expect(await source(2_000_000, 100).fetchForConversation(ask())).toEqual({ kind: 'unavailable', reason: 'timeout' });
    graph.state.delayMs = undefined;
    const noToken = createGraphTranscriptSource({ baseUrl: graph.baseUrl, getToken: async () => { throw new Error('AADSTS7000215: invalid client secret'); }, maxBytes: 2_000_000, logger });
    expect(await noToken.fetchForConversation(ask())).toEqual({ kind: 'unavailable', reason: 'token' });
    expect(graph.requests).toHaveLength(1);
  });

  it('picks the transcript created last whatever the order Graph lists them in', () => {
    const items = [{ id: 'b', createdDateTime: '2026-11-21T10:00:00Z' }, { id: 'c', createdDateTime: null }, { id: 'a', createdDateTime: '2026-11-21T09:00:00Z' }];
    expect(latestTranscript(items)?.id).toBe('b');
    expect(latestTranscript([])).toBeUndefined();
  });
});

describe('the meeting feature with the Graph transcript source', () => {
  let graph: FakeGraphServer;
  beforeAll(async () => { graph = await startFakeGraphServer({ meetings: [meeting()] }); });
  afterAll(async () => { await graph.close(); });

  const feature = (maxBytes = 2_000_000) => createMeetingFeature({
    gate: createMeetingTestGate(),
    summaries: createSummaryCache({ clock }),
    downloadAttachment: async () => { throw new Error('no attachments here'); },
    maxBytes,
    clock,
    transcriptSource: createGraphTranscriptSource({ baseUrl: graph.baseUrl, getToken: async () => graph.token, maxBytes }),
  });
  const handle = async (maxBytes?: number) => {
    const t = makeTurn('/tomtat', { conversationId: '19:meeting_abc@thread.v2', type: 'groupChat' });
    return feature(maxBytes).handle(t, routedContext(createMeetingTestGate(), t));
  };

  it('summarises the meeting\'s own transcript on "/tomtat" with nothing attached', async () => {
    graph.state.forceStatus = undefined;
    const result = await handle();
    expect(result.outcome).toMatchObject({ outcome: 'summarised', details: { source: 'graph' } });
  });

  it('tells the user which Graph application permissions the administrator must grant when Graph answers 403', async () => {
    graph.state.forceStatus = 403;
    const result = await handle();
    const text = textOf(result.replies);
    expect(text).toBe(messages.graphForbidden);
    for (const permission of ['OnlineMeetingTranscript.Read.All', 'OnlineMeetings.Read.All', 'Chat.ReadBasic.All', 'application access policy']) expect(text).toContain(permission);
    expect(text).toContain('quản trị viên');
    expect(result.outcome).toMatchObject({ outcome: 'unsupported', details: { reason: 'graph_forbidden', status: 403 } });
    graph.state.forceStatus = undefined;
  });

  it('says the transcript is too large, naming the limit', async () => {
    const result = await handle(10_000);
    expect(textOf(result.replies)).toContain('vượt quá dung lượng cho phép (10 KB)');
    expect(result.outcome).toMatchObject({ outcome: 'too_large' });
  });
});
