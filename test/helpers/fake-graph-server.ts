import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A Teams meeting as the fake Graph knows it: its chat, organizer, join URL and transcripts. */
export interface FakeMeeting {
  chatId: string;
  organizerId: string;
  joinWebUrl: string;
  meetingId: string;
  transcripts: { id: string; createdDateTime: string; vtt: string }[];
}

/** What a test can change between requests. */
export interface FakeGraphState {
  meetings: FakeMeeting[];
  /** Ordinary (non-meeting) group chats. */
  plainChats: string[];
  /** Every Graph call answers this status (e.g. 403: permissions missing). */
  forceStatus?: number;
  /** Transcript content sent chunked (no content-length), so only the streamed byte count can catch oversize. */
  chunked?: boolean;
  /** Graph calls wait this long before answering (timeouts). */
  delayMs?: number;
}

export interface FakeGraphRequest { method: string; url: string; authorization?: string; body: string }

export interface FakeGraphServer {
  /** GRAPH_BASE_URL. */
  baseUrl: string;
  /** GRAPH_AUTHORITY_HOST (plain http: served by the OAuth form POST, see graph-token.ts). */
  authorityHost: string;
  /** The access token the token endpoint issues and Graph accepts. */
  token: string;
  state: FakeGraphState;
  requests: FakeGraphRequest[];
  close(): Promise<void>;
}

/** Starts a local fake of the Graph endpoints used for meeting transcripts, plus an OAuth client-credentials token endpoint. */
export async function startFakeGraphServer(state: Partial<FakeGraphState> = {}): Promise<FakeGraphServer> {
  const token = 'fake-graph-token';
  const full: FakeGraphState = { meetings: [], plainChats: [], ...state };
  const requests: FakeGraphRequest[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString('utf8'); });
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body });
      const answer = () => route(full, token, req, body, res);
      if (full.delayMs && req.url?.startsWith('/v1.0/')) setTimeout(answer, full.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: `${root}/v1.0`,
    authorityHost: root,
    token,
    state: full,
    requests,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function route(state: FakeGraphState, token: string, req: http.IncomingMessage, body: string, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://fake');
  const send = (status: number, payload: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(payload));
  };
  if (req.method === 'POST' && /^\/[^/]+\/oauth2\/v2\.0\/token$/.test(url.pathname)) {
    const form = new URLSearchParams(body);
    if (form.get('grant_type') !== 'client_credentials' || !form.get('client_secret')) return send(400, { error: 'invalid_request' });
    return send(200, { token_type: 'Bearer', expires_in: 3599, access_token: token });
  }
  if (!url.pathname.startsWith('/v1.0/')) return send(404, { error: { code: 'NotFound' } });
  if (state.forceStatus) return send(state.forceStatus, { error: { code: 'Forbidden', message: 'Missing application permissions' } });
  if (req.headers.authorization !== `Bearer ${token}`) return send(401, { error: { code: 'InvalidAuthenticationToken' } });
  const parts = url.pathname.slice('/v1.0/'.length).split('/').map(decodeURIComponent);

  if (parts[0] === 'chats' && parts.length === 2) {
    const meeting = state.meetings.find((m) => m.chatId === parts[1]);
    if (meeting) return send(200, { id: meeting.chatId, chatType: 'meeting', onlineMeetingInfo: { joinWebUrl: meeting.joinWebUrl, organizer: { id: meeting.organizerId, userIdentityType: 'aadUser' } } });
    if (state.plainChats.includes(parts[1])) return send(200, { id: parts[1], chatType: 'group', onlineMeetingInfo: null });
    return send(404, { error: { code: 'NotFound' } });
  }
  if (parts[0] !== 'users' || parts[2] !== 'onlineMeetings') return send(404, { error: { code: 'NotFound' } });
  const organized = state.meetings.filter((m) => m.organizerId === parts[1]);
  if (parts.length === 3) {
    const filter = /^JoinWebUrl eq '(.*)'$/.exec(url.searchParams.get('$filter') ?? '');
    if (!filter) return send(400, { error: { code: 'BadRequest', message: 'Filter on JoinWebUrl is required' } });
    const joinWebUrl = filter[1].replace(/''/g, "'");
    return send(200, { value: organized.filter((m) => m.joinWebUrl === joinWebUrl).map((m) => ({ id: m.meetingId, joinWebUrl: m.joinWebUrl })) });
  }
  const meeting = organized.find((m) => m.meetingId === parts[3]);
  if (!meeting || parts[4] !== 'transcripts') return send(404, { error: { code: 'NotFound' } });
  if (parts.length === 5) return send(200, { value: meeting.transcripts.map(({ id, createdDateTime }) => ({ id, meetingId: meeting.meetingId, createdDateTime })) });
  const transcript = meeting.transcripts.find((t) => t.id === parts[5]);
  if (!transcript || parts[6] !== 'content' || parts.length !== 7) return send(404, { error: { code: 'NotFound' } });
  if (url.searchParams.get('$format') !== 'text/vtt') return send(400, { error: { code: 'BadRequest' } });
  const bytes = Buffer.from(transcript.vtt, 'utf8');
  if (state.chunked) {
    res.writeHead(200, { 'content-type': 'text/vtt' });
    for (let i = 0; i < bytes.length; i += 16_384) res.write(bytes.subarray(i, i + 16_384));
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/vtt', 'content-length': String(bytes.length) });
  res.end(bytes);
}
