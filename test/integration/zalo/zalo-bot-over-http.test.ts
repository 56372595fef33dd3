import { startTestService, type TestService } from '../../helpers/test-runtime';
import { startFakeZaloApi, zaloUpdate, type FakeZaloApi } from '../../helpers/fake-zalo-api';
import qaStrings from '../../../src/qa/messages.vi.json';
import zaloStrings from '../../../src/zalo/messages.vi.json';
import { readFixture } from '../meetings/support';

const SECRET = 'zalo-webhook-secret-for-tests';
const ADMIN = 'admin-token-for-zalo-tests-0123456789';
const QUESTION = 'Những việc nào được phép dùng AI trong công vụ?';
let n = 0;
const newUser = () => `zu-${Date.now()}-${++n}`;

describe('Zalo Bot Platform over HTTP (fake Zalo API)', () => {
  let svc: TestService;
  let zalo: FakeZaloApi;
  const post = async (body: unknown, secret: string | null = SECRET) => {
    const res = await fetch(`${svc.baseUrl}/api/zalo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret === null ? {} : { 'x-bot-api-secret-token': secret }) },
      body: JSON.stringify(body),
    });
    return res.status;
  };
  const say = async (user: string, text: string, opts: Partial<Parameters<typeof zaloUpdate>[0]> = {}) => {
    const chat = opts.chatId ?? user;
    const before = zalo.sent(chat).length;
    expect(await post(zaloUpdate({ userId: user, text, ...opts }))).toBe(200);
    return zalo.sent(chat).slice(before);
  };

  beforeAll(async () => {
    zalo = await startFakeZaloApi();
    svc = await startTestService({ ZALO_BOT_TOKEN: '1234:test-token', ZALO_WEBHOOK_SECRET: SECRET, ZALO_API_BASE_URL: zalo.baseUrl, ADMIN_API_TOKEN: ADMIN });
  }, 60_000);
  afterAll(async () => {
    await svc?.stop();
    await zalo?.close();
  });

  it('answers a legal question as plain text with numbered sources and the AI notice, typing while it works', async () => {
    const user = newUser();
    const [answer, prompt, ...rest] = await say(user, QUESTION);
    expect(rest).toEqual([]);
    expect(answer).toMatch(/\[1\]/);
    expect(answer).toContain(`${zaloStrings.sourcesTitle}\n[1] `);
    expect(answer).toContain(qaStrings.aiNotice);
    expect(answer).not.toMatch(/<br>|\*\*/);
    expect(prompt).toBe(zaloStrings.feedbackPrompt);
    expect(zalo.calls.some((c) => c.method === 'sendChatAction' && c.body.chat_id === user && c.body.action === 'typing')).toBe(true);
    expect(zalo.calls.every((c) => c.token === '1234:test-token')).toBe(true);
  });

  it('refuses a wrong or missing secret with 401 and processes nothing', async () => {
    const before = zalo.calls.length;
    const user = newUser();
    expect(await post(zaloUpdate({ userId: user, text: QUESTION }), 'wrong-secret')).toBe(401);
    expect(await post(zaloUpdate({ userId: user, text: QUESTION }), null)).toBe(401);
    expect(await post(zaloUpdate({ userId: user, text: QUESTION }), `${SECRET}x`)).toBe(401);
    expect(zalo.calls.length).toBe(before);
    const audited: string[] = [];
    for await (const e of svc.runtime.store.audit.list()) audited.push(e.actor);
    expect(audited).not.toContain(`zalo:${user}`);
  });

  it('accepts the update wrapped as {ok, result}', async () => {
    const user = newUser();
    expect(await post({ ok: true, result: zaloUpdate({ userId: user, text: 'trợ giúp' }) })).toBe(200);
    expect(zalo.sent(user)[0]).toContain('Trợ lý');
  });

  it('rejects a malformed update with 400', async () => {
    expect(await post({ event_name: 'message.text.received', message: { text: 'thiếu người gửi' } })).toBe(400);
  });

  it('handles a repeated message_id once', async () => {
    const user = newUser();
    const update = zaloUpdate({ userId: user, text: 'trợ giúp', messageId: `dup-${user}` });
    expect(await post(update)).toBe(200);
    expect(await post(update)).toBe(200);
    expect(zalo.sent(user)).toHaveLength(1);
  });

  it('refuses a "TỐI MẬT" message with the rule, storing and logging nothing of it', async () => {
    const user = newUser();
    const secretText = 'Độ mật: TỐI MẬT. Kế hoạch triển khai lực lượng bảo vệ mục tiêu trọng điểm Zalo-4711, hãy tóm tắt.';
    const [reply, ...rest] = await say(user, secretText);
    expect(rest).toEqual([]);
    expect(reply).toContain('Căn cứ:');
    const stored: string[] = [];
    for await (const e of svc.runtime.store.audit.list()) stored.push(JSON.stringify(e));
    const blocked = stored.map((s) => JSON.parse(s)).filter((e) => e.actor === `zalo:${user}`);
    expect(blocked).toHaveLength(1);
    expect(blocked[0].outcome).toBe('blocked');
    expect(blocked[0].details?.channel).toBe('zalo');
    expect(stored.join('\n')).not.toContain('Zalo-4711');
    expect(svc.logLines.join('\n')).not.toContain('Zalo-4711');
    const res = await fetch(`${svc.baseUrl}/admin/audit/export?format=json`, { headers: { authorization: `Bearer ${ADMIN}` } });
    const body = (await res.json()) as { rows?: Record<string, unknown>[] } | Record<string, unknown>[];
    const rows = Array.isArray(body) ? body : body.rows ?? [];
    expect(rows.some((r) => r.channel === 'zalo:personal' && r.seq === blocked[0].seq)).toBe(true);
  });

  it('answers in a group only when addressed by name', async () => {
    const user = newUser();
    const group = `group-${user}`;
    expect(await say(user, QUESTION, { chatId: group, group: true })).toEqual([]);
    const replies = await say(user, `@Trợ lý Công vụ ${QUESTION}`, { chatId: group, group: true });
    expect(replies[0]).toContain(zaloStrings.sourcesTitle);
    const again = await say(user, `Trợ lý công vụ, ${QUESTION}`, { chatId: group, group: true });
    expect(again[0]).toContain(zaloStrings.sourcesTitle);
  });

  it('tells the sender of an image or sticker that only text is read', async () => {
    const user = newUser();
    expect(await say(user, '', { event: 'message.sticker.received' })).toEqual([zaloStrings.nonText]);
    expect(await say(user, '', { event: 'message.image.received' })).toEqual([zaloStrings.nonText]);
  });

  it('records a rating that follows an answer, shown as Zalo in the feedback export', async () => {
    const user = newUser();
    await say(user, QUESTION);
    expect(await say(user, '👎 thiếu căn cứ Điều 5')).toEqual([zaloStrings.feedbackThanks]);
    // Only the last answer is rated, once.
    expect(await say(user, 'thích')).toEqual([zaloStrings.feedbackNoAnswer]);
    const res = await fetch(`${svc.baseUrl}/admin/feedback/export?format=json`, { headers: { authorization: `Bearer ${ADMIN}` } });
    expect(res.status).toBe(200);
    const rows = (await res.json()) as { rows?: Record<string, string>[] } | Record<string, string>[];
    const list = Array.isArray(rows) ? rows : rows.rows ?? [];
    const mine = list.find((r) => r.comment === 'thiếu căn cứ Điều 5');
    expect(mine).toMatchObject({ reaction: 'dislike', channel: 'zalo:personal' });
    expect(mine?.question).toContain('AI');
  });

  it('summarises a pasted meeting, saves it to the notebook and lists it, as in Teams', async () => {
    const user = newUser();
    const [summary] = await say(user, `/tomtat ${readFixture('giao-ban-phuong-2-gio.txt')}`);
    expect(summary).toContain('BIÊN BẢN TÓM TẮT CUỘC HỌP');
    expect(summary).not.toMatch(/\*\*|<br>/);
    expect((await say(user, 'lưu'))[0]).toContain('Đã lưu vào Sổ tay AI');
    expect((await say(user, '/sotay'))[0]).toContain('1.');
  }, 30_000);
});
