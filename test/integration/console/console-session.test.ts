import { cv } from '../../../src/console/messages';
import type { TestService } from '../../helpers/test-runtime';
import { SYSTEM_TOKEN, adminCall, provision, startService } from '../accounts/service-harness';
import { signInOverHttp } from './console-client';

describe('console sessions, headers and sign-in over HTTP', () => {
  let svc: TestService;
  let now = new Date('2026-03-02T02:00:00Z');
  const clock = { now: () => now };
  const advanceMinutes = (m: number) => (now = new Date(now.getTime() + m * 60_000));

  beforeAll(async () => {
    svc = await startService({ CONSOLE_IDLE_MINUTES: '20' }, { clock });
  }, 60_000);
  afterAll(async () => svc?.stop());

  it('ends a session after the idle time; activity within it keeps the session', async () => {
    const c = await signInOverHttp(svc, SYSTEM_TOKEN);
    advanceMinutes(15);
    expect((await c.get('/console/usage')).status).toBe(200);
    advanceMinutes(15);
    expect((await c.get('/console/usage')).status).toBe(200);
    advanceMinutes(21);
    const r = await c.get('/console/feedback');
    expect(r.status).toBe(303);
    expect(r.location).toBe('/console/login?next=%2Fconsole%2Ffeedback&why=expired');
    const login = await fetch(`${svc.baseUrl}${r.location}`);
    expect(await login.text()).toContain(cv.login.expired);
    // The session is gone for good, not just this once.
    expect((await c.get('/console/usage')).status).toBe(303);
  });

  it('a personal token\'s session ends when the person is demoted, revoked, or the token is re-issued', async () => {
    const admin = svc.identity('personal', { name: 'Phạm Quản Trị' });
    await provision(svc, admin, 'Sở Nội vụ', 'unit_admin');
    const issue = async () => (await adminCall(svc, 'POST', '/admin/tokens', { userId: admin.user.aadObjectId })).json.token as string;

    let c = await signInOverHttp(svc, await issue());
    await provision(svc, admin, 'Sở Nội vụ', 'user');
    expect((await c.get('/console/usage')).location).toBe('/console/login?next=%2Fconsole%2Fusage&why=ended');

    await provision(svc, admin, 'Sở Nội vụ', 'unit_admin');
    c = await signInOverHttp(svc, await issue());
    await issue();
    expect((await c.get('/console/usage')).status).toBe(303);

    c = await signInOverHttp(svc, await issue());
    await adminCall(svc, 'POST', `/admin/users/${admin.user.aadObjectId}/revoke`);
    expect((await c.get('/console/usage')).status).toBe(303);
  });

  it('refuses a wrong token (audited); the sign-in form itself needs its CSRF cookie', async () => {
    await expect(signInOverHttp(svc, 'not-a-token-at-all-0000')).rejects.toThrow('401');
    const res = await fetch(`${svc.baseUrl}/console/login`, {
      method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: svc.baseUrl },
      body: new URLSearchParams({ token: SYSTEM_TOKEN, _csrf: 'forged' }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('tlcv_console='))).toBe(false);
    const refused = [];
    for await (const e of svc.runtime.store.audit.list({ type: 'security' })) if (e.action === 'console.sign_in') refused.push(e.outcome);
    expect(refused).toContain('refused');
  });

  it('never sends to another site after sign-in (the next parameter stays inside /console)', async () => {
    const login = await fetch(`${svc.baseUrl}/console/login`);
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await login.text())![1];
    for (const next of ['https://evil.example/', '//evil.example/console', '/admin/users']) {
      const r = await fetch(`${svc.baseUrl}/console/login`, {
        method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', origin: svc.baseUrl },
        body: new URLSearchParams({ _csrf: csrf, token: SYSTEM_TOKEN, next }),
      });
      expect(r.headers.get('location')).toBe('/console');
    }
  });

  it('serves pages with strict security headers, signed httpOnly SameSite cookies, and nothing from another host', async () => {
    const c = await signInOverHttp(svc, SYSTEM_TOKEN);
    expect(c.cookie).toMatch(/^tlcv_console=[\w-]+\.[\w-]+$/);
    const res = await fetch(`${svc.baseUrl}/console/usage`, { headers: { cookie: c.cookie } });
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:\/\/(?!.*(teams|office|cloud\.microsoft))/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    const html = await res.text();
    expect(html).toContain('<html lang="vi">');
    // Every script and stylesheet is the service's own; the only inline <script> blocks are JSON data.
    for (const m of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(m[1]).toMatch(/^(\/console(\/|$)|#main$)/);
    for (const m of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)) expect(m[1]).toContain('type="application/json"');
    const asset = await fetch(`${svc.baseUrl}${/src="(\/console\/assets\/chart[^"]+)"/.exec(html)![1]}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect((await asset.text()).length).toBeGreaterThan(100_000);
    const tampered = c.cookie.replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A'));
    expect((await fetch(`${svc.baseUrl}/console/usage`, { headers: { cookie: tampered }, redirect: 'manual' })).status).toBe(303);
  });
});
