import { randomUUID } from 'node:crypto';
import type { ChatIdentity } from '../../../src/cli/chat/activity-factory';
import type { ConnectorServer } from '../../../src/cli/chat/connector-server';
import { startTestService, type TestService } from '../../helpers/test-runtime';
import { startFakeGraphServer, type FakeGraphServer, type FakeMeeting } from '../../helpers/fake-graph-server';
import { filesContaining, readFixture, taskRows, textOf } from './support';

// "/tomtat" in a Teams meeting chat with nothing attached: the service fetches the meeting's own transcript from
// (a local fake of) Microsoft Graph with an app-only token, screens it, and summarises it.
const WARD_VTT = readFixture('giao-ban-phuong-2-gio.vtt');
const SECRET_VTT = `WEBVTT\n\n${readFixture('bien-ban-toi-mat.txt').split('\n').filter((l) => l.trim()).map((line, i) =>
  `${i + 1}\n00:00:${String(i).padStart(2, '0')}.000 --> 00:00:${String(i + 1).padStart(2, '0')}.000\n<v Thư ký>${line}</v>`).join('\n\n')}\n`;
const SECRET_PHRASES = ['KV-07', '3 chốt cố định'];
const CREDENTIALS = { MICROSOFT_APP_ID: 'graph-app-id', MICROSOFT_APP_PASSWORD: 'graph-app-secret', MICROSOFT_APP_TENANT_ID: 'tenant-test', ALLOWED_TENANT_IDS: 'tenant-test' };

type GraphService = TestService;

// As any test service, except that the Bot Framework's inbound token check stays off (it needs Microsoft's token
// service): the app registration is validated by loadConfig and still used for Graph, the part under test here.
const startGraphService = (env: Record<string, string>): Promise<GraphService> =>
  startTestService(env, { adjust: (config) => Object.assign(config, { bot: { appType: 'MultiTenant' } }) });

function meetingChat(connector: ConnectorServer, chatId: string): ChatIdentity {
  return {
    serviceUrl: connector.serviceUrl,
    conversationId: chatId,
    conversationType: 'groupChat',
    user: { id: `29:${randomUUID()}`, name: 'Cán bộ thử nghiệm', aadObjectId: randomUUID() },
    bot: { id: '28:bot-under-test', name: 'Trợ lý Công vụ' },
    tenantId: 'tenant-test',
  };
}

function meeting(chatId: string, vtt: string): FakeMeeting {
  const id = randomUUID();
  return { chatId, organizerId: `organizer-${id}`, joinWebUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(chatId)}/0`, meetingId: `meeting-${id}`, transcripts: [{ id: `t-${id}`, createdDateTime: '2026-11-21T08:00:00Z', vtt }] };
}

describe('Teams meeting transcripts through Microsoft Graph over /api/messages', () => {
  let graph: FakeGraphServer;
  let svc: GraphService;
  const wardChat = '19:meeting_ward@thread.v2';
  const secretChat = '19:meeting_secret@thread.v2';
  beforeAll(async () => {
    graph = await startFakeGraphServer({ meetings: [meeting(wardChat, WARD_VTT), meeting(secretChat, SECRET_VTT)], plainChats: [] });
    svc = await startGraphService({ ...CREDENTIALS, GRAPH_TRANSCRIPTS_ENABLED: 'true', GRAPH_BASE_URL: graph.baseUrl, GRAPH_AUTHORITY_HOST: graph.authorityHost });
  });
  afterAll(async () => {
    await svc?.stop();
    await graph?.close();
  });

  it('summarises the meeting\'s own transcript on "/tomtat" with an app-only token from the bot registration', async () => {
    const replies = await svc.say(meetingChat(svc.connector, wardChat), '/tomtat', { mention: true });
    expect(replies).toHaveLength(1);
    const text = textOf(replies[0]);
    expect(text).toContain('Phân công nhiệm vụ');
    expect(taskRows(text)).toEqual(expect.arrayContaining([expect.objectContaining({ owner: 'Công an phường', deadline: 'Trước ngày 05/12/2026' })]));
    expect(text).toContain('Nội dung do AI hỗ trợ tóm tắt');
    const tokenCall = graph.requests.find((r) => r.method === 'POST');
    expect(tokenCall?.url).toBe('/tenant-test/oauth2/v2.0/token');
    expect(new URLSearchParams(tokenCall?.body).get('client_id')).toBe('graph-app-id');
    expect(graph.requests.filter((r) => r.url.startsWith('/v1.0/')).every((r) => r.authorization === `Bearer ${graph.token}`)).toBe(true);
    expect(svc.logLines.join('')).not.toContain(CREDENTIALS.MICROSOFT_APP_PASSWORD);
    expect(svc.logLines.join('')).not.toContain('Đề nghị các đồng chí ở điểm cầu khu phố tắt micro');
  });

  it('refuses a "TỐI MẬT" transcript with the rule explained, leaving no trace in logs or the data folder', async () => {
    const replies = await svc.say(meetingChat(svc.connector, secretChat), '/tomtat', { mention: true });
    expect(replies).toHaveLength(1);
    const text = textOf(replies[0]);
    expect(text).toContain('Không thể tóm tắt nội dung này.');
    expect(text).toMatch(/mật/i);
    expect(text).not.toContain('Phân công nhiệm vụ');
    const logs = svc.logLines.join('');
    for (const phrase of SECRET_PHRASES) {
      expect(text).not.toContain(phrase);
      expect(logs).not.toContain(phrase);
      expect(filesContaining(svc.dataDir, phrase)).toEqual([]);
    }
  });

  it('tells the user which Graph permissions the administrator must grant when Graph answers 403', async () => {
    graph.state.forceStatus = 403;
    try {
      const replies = await svc.say(meetingChat(svc.connector, wardChat), '/tomtat', { mention: true });
      expect(replies).toHaveLength(1);
      const text = textOf(replies[0]);
      for (const permission of ['OnlineMeetingTranscript.Read.All', 'OnlineMeetings.Read.All', 'Chat.ReadBasic.All']) expect(text).toContain(permission);
    } finally {
      graph.state.forceStatus = undefined;
    }
  });
});
