import { startTestService, type TestService } from '../../helpers/test-runtime';
import { startFakeZaloOa, type FakeZaloOa } from '../../helpers/fake-zalo-oa';
import { oaSignature } from '../../../src/zalo/oa/oa-signature';
import zaloStrings from '../../../src/zalo/messages.vi.json';
import qaStrings from '../../../src/qa/messages.vi.json';

const APP_ID = '2553928453557884079';
const OA_SECRET = 'oa-secret-key-for-tests';
const APP_SECRET = 'app-secret-for-tests';
const QUESTION = 'Những việc nào được phép dùng AI trong công vụ?';
let seq = 0;

function oaEvent(userId: string, text: string, eventName = 'user_send_text'): string {
  return JSON.stringify({
    app_id: APP_ID, event_name: eventName, user_id_by_app: `by-app-${userId}`,
    sender: { id: userId }, recipient: { id: 'oa-1' },
    message: { text, msg_id: `oa-msg-${Date.now()}-${++seq}` },
    timestamp: String(Date.now()),
  });
}

describe('Zalo Official Account API v3 over HTTP (fake OA API)', () => {
  let svc: TestService;
  let oa: FakeZaloOa;
  const post = async (body: string, signature?: string) => {
    const timestamp = (JSON.parse(body) as { timestamp: string }).timestamp;
    const res = await fetch(`${svc.baseUrl}/api/zalo-oa`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-zevent-signature': signature ?? `mac=${oaSignature(APP_ID, body, timestamp, OA_SECRET)}` },
      body,
    });
    return res.status;
  };

  beforeAll(async () => {
    oa = await startFakeZaloOa({ appSecret: APP_SECRET, refreshToken: 'refresh-0' });
    svc = await startTestService({
      ZALO_OA_APP_ID: APP_ID, ZALO_OA_SECRET_KEY: OA_SECRET, ZALO_OA_APP_SECRET: APP_SECRET, ZALO_OA_REFRESH_TOKEN: 'refresh-0',
      ZALO_OA_API_BASE_URL: oa.baseUrl, ZALO_OA_OAUTH_BASE_URL: oa.baseUrl,
    });
  }, 60_000);
  afterAll(async () => {
    await svc?.stop();
    await oa?.close();
  });

  it('accepts a signed user_send_text and answers with a consultation message: sources, AI notice, rating prompt', async () => {
    expect(await post(oaEvent('oa-user-1', QUESTION))).toBe(200);
    const [answer, prompt] = oa.sent('oa-user-1');
    expect(answer).toContain(`${zaloStrings.sourcesTitle}\n[1] `);
    expect(answer).toContain(qaStrings.aiNotice);
    expect(prompt).toBe(zaloStrings.feedbackPrompt);
    // The first call got an access token with the configured refresh token, the app id and the app secret.
    expect(oa.refreshes[0]).toEqual({ refreshToken: 'refresh-0', appId: APP_ID, grantType: 'refresh_token', secretKey: APP_SECRET });
  });

  it('refuses a forged or missing signature with 401, sending nothing', async () => {
    const body = oaEvent('oa-user-2', QUESTION);
    expect(await post(body, `mac=${'0'.repeat(64)}`)).toBe(401);
    expect(await post(body, `mac=${oaSignature(APP_ID, body, '1', OA_SECRET)}`)).toBe(401);
    expect(await post(body.replace(APP_ID, '999'), undefined)).toBe(401);
    expect(await post(body, '')).toBe(401);
    expect(oa.sent('oa-user-2')).toEqual([]);
  });

  it('refreshes the access token when the API refuses it, and before it expires, with the rotated refresh token', async () => {
    const count = () => oa.refreshes.length;
    const start = count();
    oa.setExpiresIn(60);
    oa.invalidateAccessToken();
    expect(await post(oaEvent('oa-user-3', 'trợ giúp'))).toBe(200);
    expect(count()).toBe(start + 1);
    // The token issued now lives 60 s, inside the 5-minute margin: the next message refreshes before it sends.
    oa.setExpiresIn(90_000);
    expect(await post(oaEvent('oa-user-3', 'trợ giúp'))).toBe(200);
    expect(count()).toBe(start + 2);
    const [previous, last] = oa.refreshes.slice(-2);
    expect(last.refreshToken).not.toBe(previous.refreshToken);
    expect(last.refreshToken).toBe(`refresh-${count() - 1}`);
    // A token with a day to live is used as it is.
    expect(await post(oaEvent('oa-user-3', 'trợ giúp'))).toBe(200);
    expect(count()).toBe(start + 2);
    expect(oa.sent('oa-user-3')).toHaveLength(3);
  });

  it('acknowledges events that are not a user message without answering', async () => {
    expect(await post(oaEvent('oa-user-4', 'x', 'follow'))).toBe(200);
    expect(oa.sent('oa-user-4')).toEqual([]);
  });
});
