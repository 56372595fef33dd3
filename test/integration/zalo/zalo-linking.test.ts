import { randomUUID } from 'node:crypto';
import { startTestService, type TestService } from '../../helpers/test-runtime';
import { startFakeZaloApi, zaloUpdate, type FakeZaloApi } from '../../helpers/fake-zalo-api';
import accountStrings from '../../../src/accounts/messages.vi.json';
import zaloStrings from '../../../src/zalo/messages.vi.json';

const SECRET = 'zalo-webhook-secret-for-tests';
const ADMIN = 'admin-token-for-zalo-tests-0123456789';
const QUESTION = 'Những việc nào được phép dùng AI trong công vụ?';

describe('linking a Zalo user to a provisioned account (allowlist mode, over HTTP)', () => {
  let svc: TestService;
  let zalo: FakeZaloApi;
  const admin = (path: string, body?: unknown) =>
    fetch(`${svc.baseUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const say = async (user: string, text: string) => {
    const before = zalo.sent(user).length;
    const res = await fetch(`${svc.baseUrl}/api/zalo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': SECRET },
      body: JSON.stringify(zaloUpdate({ userId: user, text })),
    });
    expect(res.status).toBe(200);
    return zalo.sent(user).slice(before);
  };
  const provision = async () => {
    const id = randomUUID();
    expect((await admin('/admin/users', { id, name: 'Nguyễn Văn Zalo', unit: 'UBND phường Thử Nghiệm', role: 'user' })).status).toBe(201);
    return id;
  };

  beforeAll(async () => {
    zalo = await startFakeZaloApi();
    svc = await startTestService({ ACCESS_MODE: 'allowlist', ZALO_BOT_TOKEN: '1234:test-token', ZALO_WEBHOOK_SECRET: SECRET, ZALO_API_BASE_URL: zalo.baseUrl, ADMIN_API_TOKEN: ADMIN });
  }, 60_000);
  afterAll(async () => {
    await svc?.stop();
    await zalo?.close();
  });

  it('refuses an unlinked Zalo user with an explanation of how to link', async () => {
    const replies = await say(`unlinked-${randomUUID()}`, QUESTION);
    expect(replies).toEqual([accountStrings.access.notLinked]);
  });

  it('links with a code from the admin API; answers; a second use of the code fails; revocation applies on the next message', async () => {
    const accountId = await provision();
    const res = await admin(`/admin/users/${accountId}/link-code`);
    expect(res.status).toBe(201);
    const { code } = (await res.json()) as { code: string };
    expect(code).toMatch(/^\d{8}$/);
    const zaloUser = `zl-${randomUUID()}`;
    const [linked] = await say(zaloUser, `${code.slice(0, 4)} ${code.slice(4)}`);
    expect(linked).toContain('Nguyễn Văn Zalo');
    expect(await say(`other-${randomUUID()}`, code)).toEqual([zaloStrings.linkInvalid]);

    const [answer] = await say(zaloUser, QUESTION);
    expect(answer).toContain(zaloStrings.sourcesTitle);
    const records = [];
    for await (const r of svc.runtime.store.answers.listByUser!(accountId, {})) records.push(r);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ channel: 'zalo', unit: 'UBND phường Thử Nghiệm', conversationType: 'personal' });

    expect((await admin(`/admin/users/${accountId}/revoke`)).status).toBe(200);
    expect(await say(zaloUser, QUESTION)).toEqual([accountStrings.access.revoked]);
  });

  it('links with a code the person asked for in Teams (/taikhoan lienket)', async () => {
    const accountId = await provision();
    const teams = svc.identity('personal', { aadObjectId: accountId });
    const [reply] = await svc.say(teams, '/taikhoan lienket');
    const code = /(\d{4}) (\d{4})/.exec(String(reply.activity.text));
    expect(code).not.toBeNull();
    const zaloUser = `zt-${randomUUID()}`;
    expect((await say(zaloUser, `/lienket ${code![1]}${code![2]}`))[0]).toContain('Nguyễn Văn Zalo');
    expect((await say(zaloUser, QUESTION))[0]).toContain(zaloStrings.sourcesTitle);
    // A compromise report locks the account; the linked Zalo user is refused at the next message.
    await svc.say(teams, 'Tài khoản của tôi bị xâm nhập');
    expect(await say(zaloUser, QUESTION)).toEqual([accountStrings.access.locked]);
  });
});
