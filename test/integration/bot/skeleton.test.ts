import { startTestService, type TestService } from '../../helpers/test-runtime';

const cardTexts = (a: { activity: Record<string, unknown> }) =>
  JSON.stringify((a.activity.attachments as unknown[] | undefined) ?? []);
/** How many times a phrase is shown to the user: in the message text and in its cards. */
const timesShown = (a: { activity: Record<string, unknown> }, phrase: string) =>
  `${typeof a.activity.text === 'string' ? a.activity.text : ''}\n${cardTexts(a)}`.split(phrase).length - 1;

describe('walking skeleton over HTTP in Teams protocol', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService();
  });
  afterAll(async () => {
    await svc.stop();
  });

  it('reports liveness and readiness', async () => {
    const health = await fetch(`${svc.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${svc.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { checks: Record<string, { ok: boolean }> };
    expect(body.checks.store.ok).toBe(true);
    expect(body.checks.knowledge.ok).toBe(true);
  });

  it('sends the welcome card when the bot is installed', async () => {
    const replies = await svc.install(svc.identity());
    expect(replies).toHaveLength(1);
    const card = cardTexts(replies[0]);
    expect(card).toContain('Trợ lý Công vụ');
    expect(card).toContain('Tuyệt đối không gửi');
    expect(card).toContain('kiểm chứng');
  });

  it('says the welcome and help titles once (the card shows them; the message text does not repeat them)', async () => {
    const [welcome] = await svc.install(svc.identity());
    expect(timesShown(welcome, 'Xin chào! Tôi là Trợ lý Công vụ')).toBe(1);
    expect(welcome.activity.summary).toBe('Xin chào! Tôi là Trợ lý Công vụ');
    const [help] = await svc.say(svc.identity(), 'trợ giúp');
    expect(timesShown(help, 'Hướng dẫn sử dụng Trợ lý Công vụ')).toBe(1);
  });

  it('does not greet when someone else joins a conversation', async () => {
    const who = svc.identity('groupChat');
    const before = svc.connector.received.length;
    const activity = { type: 'conversationUpdate', channelId: 'msteams', serviceUrl: who.serviceUrl, from: { id: who.user.id }, recipient: { id: who.bot.id }, conversation: { id: who.conversationId, conversationType: 'groupChat' }, membersAdded: [{ id: '29:someone-else' }] };
    expect((await svc.post(activity)).status).toBe(200);
    expect(svc.connector.received.slice(before).filter((r) => r.activity.type === 'message')).toHaveLength(0);
  });

  it('answers help in a 1:1 chat with the command list, with and without diacritics', async () => {
    for (const text of ['trợ giúp', 'tro giup', '/help']) {
      const replies = await svc.say(svc.identity(), text);
      expect(replies).toHaveLength(1);
      expect(cardTexts(replies[0])).toContain('/tomtat');
    }
  });

  it('stays silent in a group chat unless @mentioned, and strips the mention', async () => {
    const who = svc.identity('groupChat');
    expect(await svc.say(who, 'trợ giúp')).toHaveLength(0);
    const replies = await svc.say(who, 'trợ giúp', { mention: true });
    expect(replies).toHaveLength(1);
    expect(cardTexts(replies[0])).toContain('/tomtat');
  });

  it('answers in a channel when @mentioned', async () => {
    const replies = await svc.say(svc.identity('channel'), '/help', { mention: true });
    expect(replies).toHaveLength(1);
  });

  it('replies to the conversation the message came from, as a reply to it', async () => {
    const who = svc.identity();
    const replies = await svc.say(who, '/help');
    expect(replies[0].conversationId).toBe(who.conversationId);
    expect(replies[0].replyToId).toBeDefined();
  });

  it('answers malformed JSON with 400 and keeps serving', async () => {
    const res = await svc.post('{"type": "message", "text": ', true);
    expect(res.status).toBe(400);
    expect(res.body).toContain('not valid JSON');
    expect(await svc.say(svc.identity(), '/help')).toHaveLength(1);
  });

  it('answers an activity missing required fields with 400 naming them', async () => {
    const res = await svc.post({ type: 'message', text: 'xin chào' });
    expect(res.status).toBe(400);
    expect(res.body).toContain('serviceUrl');
    expect(res.body).toContain('conversation');
    const noType = await svc.post({ text: 'x' });
    expect(noType.status).toBe(400);
  });

  it('gives a helpful reply, never a stack trace, to empty input', async () => {
    const replies = await svc.say(svc.identity(), '   ');
    expect(replies).toHaveLength(1);
    expect(String(replies[0].activity.text)).toContain('trợ giúp');
    expect(String(replies[0].activity.text)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('never writes message text to the logs', async () => {
    const secretish = 'Câu hỏi kiểm tra nhật ký số 7731';
    await svc.say(svc.identity(), secretish);
    expect(svc.logLines.join('\n')).not.toContain('kiểm tra nhật ký');
    expect(svc.logLines.some((l) => l.includes('"turnId"'))).toBe(true);
  });
});
