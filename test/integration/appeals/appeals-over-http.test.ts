import fs from 'node:fs';
import path from 'node:path';
import { startTestService, type TestService } from '../../helpers/test-runtime';
import { cardActionActivity, type ChatIdentity } from '../../../src/cli/chat/activity-factory';
import type { ReceivedActivity } from '../../../src/cli/chat/connector-server';
import type { AuditEvent } from '../../../src/store/types';
import appealStrings from '../../../src/appeals/messages.vi.json';

const TOKEN = 'test-admin-token-0123456789';
const NAME = 'Nguyễn Văn An';
const CCCD = '001099012345';
const PHONE = /0912\s?345\s?678/;
const PURPOSE = `Soạn giúp quyết định xử phạt ông ${NAME}, CCCD ${CCCD}, số điện thoại 0912 345 678, vì đã lấn chiếm vỉa hè trước cửa hàng, mức phạt 5 triệu đồng.`;
const SECRET = `Độ mật: TỐI MẬT. Ông ${NAME}, CCCD ${CCCD}, điện thoại 0912 345 678, phụ trách phương án bảo vệ mục tiêu trọng điểm.`;

type Card = { body?: { type: string; text?: string }[]; actions?: { type: string; verb?: string; data?: { refusalId?: string } }[] };
const cardOf = (a: ReceivedActivity) => ((a.activity.attachments as { content: Card }[] | undefined) ?? [])[0]?.content;
const appealButton = (a: ReceivedActivity) => cardOf(a)?.actions?.find((x) => x.type === 'Action.Execute' && x.verb === 'appeal');
const cardText = (card: Card) => (card.body ?? []).map((b) => b.text ?? '').join('\n');

describe('contesting a block, over HTTP: refusal → appeal (card or command) → admin review', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService({ ADMIN_API_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await svc.stop();
  });

  const api = async (method: string, route: string, body?: unknown, token = TOKEN) => {
    const res = await fetch(`${svc.baseUrl}${route}`, {
      method, headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined,
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are asserted field by field
    return { status: res.status, json: (await res.json()) as any };
  };
  const press = async (who: ChatIdentity, refusal: ReceivedActivity, data: Record<string, unknown>) => {
    const res = await svc.post(cardActionActivity(who, refusal.id, 'appeal', data));
    return { status: res.status, body: res.body ? JSON.parse(res.body) : undefined };
  };
  const auditOf = async (actor: string) => {
    const out: AuditEvent[] = [];
    for await (const e of svc.runtime.store.audit.list()) if (e.actor === actor) out.push(e);
    return out;
  };

  it('offers the appeal with the refusal, files it from the card button once, for its author only, and keeps no identifier', async () => {
    const who = svc.identity();
    const [refusal] = await svc.say(who, PURPOSE);
    expect(String(refusal.activity.text)).toContain('Căn cứ:');
    expect(String(refusal.activity.text)).toContain('/khieunai');
    const button = appealButton(refusal);
    expect(button?.data?.refusalId).toEqual(expect.any(String));

    const stranger = { ...svc.identity(), conversationId: who.conversationId };
    const foreign = await press(stranger, refusal, { refusalId: button!.data!.refusalId });
    expect(cardText(foreign.body.value)).toBe(appealStrings.noRefusal);

    const filed = await press(who, refusal, { refusalId: button!.data!.refusalId, comment: 'Tôi chỉ cần mẫu quyết định; gọi tôi qua số 0987 654 321.' });
    expect(filed.status).toBe(200);
    expect(filed.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(cardText(filed.body.value)).toContain('Đã ghi nhận khiếu nại');
    expect(filed.body.value.actions).toBeUndefined();
    const again = await press(who, refusal, { refusalId: button!.data!.refusalId });
    expect(cardText(again.body.value)).toBe(appealStrings.noRefusal);

    const stored = (await svc.runtime.store.appeals.list({})).filter((a) => a.userId === who.user.aadObjectId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ via: 'card', status: 'pending', feature: 'qa', zone: 'onprem', conversationType: 'personal' });
    expect(stored[0].gate.categories).toContain('decision_sanction');
    expect(stored[0].gate.maskedText).toContain('[NGƯỜI_1]');
    expect(stored[0].gate.maskedText).toContain('[CCCD_1]');
    expect(stored[0].comment).toContain('[SĐT_1]');
    const json = JSON.stringify(stored);
    expect(json).not.toContain(NAME);
    expect(json).not.toContain(CCCD);
    expect(json).not.toMatch(PHONE);
    expect(json).not.toMatch(/0987\s?654\s?321/);

    const events = await auditOf(who.user.aadObjectId);
    expect(events.map((e) => `${e.feature}:${e.outcome}`)).toEqual(['qa:blocked', 'appeal:filed', 'appeal:no_refusal']);
    expect(events[1].details).toMatchObject({ appealId: stored[0].id, via: 'card', hasComment: true, commentBlocked: false });
    expect(JSON.stringify(events)).not.toContain(NAME);
  });

  it('files an appeal with "khiếu nại: …" right after a refusal; a level-4 text is never kept, not even masked', async () => {
    const who = svc.identity();
    const [refusal] = await svc.say(who, SECRET);
    expect(String(refusal.activity.text)).toContain('Căn cứ:');
    const [reply] = await svc.say(who, 'Khiếu nại: tài liệu này đã được giải mật từ năm 2020');
    expect(String(reply.activity.text)).toContain('Đã ghi nhận khiếu nại');

    const [appeal] = (await svc.runtime.store.appeals.list({})).filter((a) => a.userId === who.user.aadObjectId);
    expect(appeal).toMatchObject({ via: 'command', status: 'pending', gate: { level: 4, maskedText: null } });
    expect(appeal.gate.categories).toContain('secret_marking');
    expect(appeal.comment).toBe('tài liệu này đã được giải mật từ năm 2020');
    const files = fs.readdirSync(path.join(svc.dataDir, 'store')).map((f) => fs.readFileSync(path.join(svc.dataDir, 'store', f), 'utf8')).join('\n');
    for (const secret of ['TỐI MẬT', 'bảo vệ mục tiêu', NAME, CCCD]) expect(files).not.toContain(secret);
    expect(files).not.toMatch(PHONE);
  });

  it('takes "khiếu nại" as a question unless it follows a refusal; /khieunai without one says so', async () => {
    const who = svc.identity();
    const [question] = await svc.say(who, 'Khiếu nại quyết định hành chính trong thời hạn bao lâu?');
    expect(String(question.activity.text)).not.toContain('khiếu nại (mã');
    const [none] = await svc.say(who, '/khieunai');
    expect(String(none.activity.text)).toBe(appealStrings.noRefusal);
    await svc.say(who, PURPOSE);
    await svc.say(who, 'trợ giúp');
    // another turn came in between: the bare words no longer refer to the refusal, the command still does
    expect(String((await svc.say(who, 'khiếu nại'))[0].activity.text)).not.toContain('Đã ghi nhận khiếu nại');
    expect(String((await svc.say(who, '/khieunai'))[0].activity.text)).toContain('Đã ghi nhận khiếu nại');
  });

  it('lists appeals for administrators by status and date, and records one decision per appeal', async () => {
    const who = svc.identity();
    await svc.say(who, SECRET);
    await svc.say(who, '/khieunai văn bản đã hết thời hạn bảo mật');
    const listed = await api('GET', '/admin/appeals?status=pending');
    expect(listed.status).toBe(200);
    const mine = listed.json.appeals.find((a: { comment?: string }) => a.comment === 'văn bản đã hết thời hạn bảo mật');
    expect(mine).toMatchObject({ status: 'pending', via: 'command', gate: { level: 4, maskedText: null } });
    expect(mine.userId).not.toBe(who.user.aadObjectId);
    expect(mine.userId).toMatch(/^[0-9a-f]{16}$/);
    expect((await api('GET', '/admin/appeals?from=2100-01-01')).json.count).toBe(0);
    expect((await api('GET', '/admin/appeals?status=unknown')).status).toBe(400);

    const decided = await api('POST', `/admin/appeals/${mine.id}/decision`, { decision: 'rejected', note: 'Văn bản vẫn còn trong thời hạn bảo vệ' });
    expect(decided.status).toBe(200);
    expect(decided.json.appeal).toMatchObject({ status: 'rejected', review: { decision: 'rejected', by: 'admin-api', note: 'Văn bản vẫn còn trong thời hạn bảo vệ' } });
    expect((await api('POST', `/admin/appeals/${mine.id}/decision`, { decision: 'accepted' })).status).toBe(409);
    expect((await api('POST', '/admin/appeals/khong-co/decision', { decision: 'accepted' })).status).toBe(404);
    expect((await api('POST', `/admin/appeals/${mine.id}/decision`, { decision: 'maybe' })).status).toBe(400);
    expect((await api('GET', '/admin/appeals?status=rejected')).json.appeals.map((a: { id: string }) => a.id)).toContain(mine.id);
    expect((await api('GET', '/admin/appeals', undefined, 'wrong-token-0123456789')).status).toBe(401);

    const admin: AuditEvent[] = [];
    for await (const e of svc.runtime.store.audit.list({ type: 'admin' })) admin.push(e);
    expect(admin.find((e) => e.action === 'appeal_decision' && e.target === mine.id)).toMatchObject({ actor: 'admin-api', outcome: 'rejected' });
    expect(admin.some((e) => e.action === 'appeals_list')).toBe(true);
  });

  it('lets auditors read appeals but only system administrators decide', async () => {
    expect((await api('POST', '/admin/users', { id: 'kiemtoan@tinh.gov.vn', name: 'Kiểm toán viên', unit: 'Sở Nội vụ', role: 'auditor' })).status).toBe(201);
    const token = (await api('POST', '/admin/tokens', { userId: 'kiemtoan@tinh.gov.vn' })).json.token as string;
    const who = svc.identity();
    await svc.say(who, PURPOSE);
    await svc.say(who, '/khieunai');
    const listed = await api('GET', '/admin/appeals?status=pending', undefined, token);
    expect(listed.status).toBe(200);
    expect((await api('POST', `/admin/appeals/${listed.json.appeals[0].id}/decision`, { decision: 'accepted' }, token)).status).toBe(403);
  });

  it('files nothing from the button of a person revoked since the refusal', async () => {
    const who = svc.identity();
    expect((await api('POST', '/admin/users', { id: who.user.aadObjectId, name: 'Cán bộ bị thu hồi', unit: 'Phường B', role: 'user' })).status).toBe(201);
    const [refusal] = await svc.say(who, PURPOSE);
    expect((await api('POST', `/admin/users/${who.user.aadObjectId}/revoke`)).status).toBe(200);
    const pressed = await press(who, refusal, { refusalId: appealButton(refusal)!.data!.refusalId });
    expect(cardText(pressed.body.value)).toBe(appealStrings.denied);
    expect((await svc.runtime.store.appeals.list({})).filter((a) => a.userId === who.user.aadObjectId)).toHaveLength(0);
    expect((await auditOf(who.user.aadObjectId)).map((e) => `${e.feature}:${e.outcome}`)).toEqual(['qa:blocked', 'appeal:denied']);
  });

  it('answers a malformed appeal invoke with 400 and files nothing', async () => {
    const who = svc.identity();
    const before = (await svc.runtime.store.appeals.list({})).length;
    const res = await svc.post(cardActionActivity(who, 'x', 'appeal', { comment: 'thiếu mã' }));
    expect(res.status).toBe(400);
    expect((await svc.runtime.store.appeals.list({})).length).toBe(before);
  });
});
