import { startTestService, type TestService } from '../../helpers/test-runtime';
import { messageActivity } from '../../../src/cli/chat/activity-factory';

describe('with a bot registration, /api/messages requires a Bot Framework token', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService({
      MICROSOFT_APP_ID: '11111111-2222-4333-8444-555555555555',
      MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
      MICROSOFT_APP_TENANT_ID: '66666666-7777-4888-9999-000000000000',
      ALLOWED_TENANT_IDS: '66666666-7777-4888-9999-000000000000',
    });
  });
  afterAll(async () => {
    await svc.stop();
  });

  it('refuses an activity without a token (401) and sends nothing', async () => {
    const who = svc.identity();
    const before = svc.connector.received.length;
    const res = await svc.post(messageActivity(who, 'trợ giúp'));
    expect(res.status).toBe(401);
    expect(svc.connector.received.length).toBe(before);
  });

  it('warns loudly at start that ACCESS_MODE=open lets anyone in the tenant in without an issued account', () => {
    expect(svc.logLines.join('')).toContain('ACCESS_MODE=open WITH A BOT REGISTRATION');
  });

  it('refuses a forged token (401)', async () => {
    const res = await fetch(`${svc.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.' },
      body: JSON.stringify(messageActivity(svc.identity(), 'trợ giúp')),
    });
    expect(res.status).toBe(401);
  });
});
