import type { TestService } from '../../helpers/test-runtime';

/** A console session driven over plain HTTP: the sign-in form with its CSRF cookie, then pages and forms. */
export interface ConsoleClient {
  cookie: string;
  csrf: string;
  get(path: string): Promise<{ status: number; text: string; location: string | null }>;
  post(path: string, form?: Record<string, string>, opts?: { csrf?: string | null; origin?: string }): Promise<{ status: number; text: string; location: string | null }>;
}

const FORM = 'application/x-www-form-urlencoded';

/** Signs in with a token (ADMIN_API_TOKEN or a personal one); throws when the sign-in is refused. */
export async function signInOverHttp(svc: TestService, token: string): Promise<ConsoleClient> {
  const login = await fetch(`${svc.baseUrl}/console/login`);
  const loginCookie = login.headers.get('set-cookie')!.split(';')[0];
  const loginCsrf = /name="_csrf" value="([^"]+)"/.exec(await login.text())![1];
  const res = await fetch(`${svc.baseUrl}/console/login`, {
    method: 'POST', redirect: 'manual', headers: { cookie: loginCookie, 'content-type': FORM, origin: svc.baseUrl },
    body: new URLSearchParams({ _csrf: loginCsrf, token }),
  });
  if (res.status !== 303) throw new Error(`sign-in refused: ${res.status}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tlcv_console='))!.split(';')[0];
  const call = async (method: string, path: string, body?: string, headers: Record<string, string> = {}) => {
    const r = await fetch(`${svc.baseUrl}${path}`, { method, redirect: 'manual', headers: { cookie, ...headers }, body });
    return { status: r.status, text: await r.text(), location: r.headers.get('location') };
  };
  const usage = await call('GET', '/console/usage');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(usage.text)![1];
  return {
    cookie, csrf,
    get: (path) => call('GET', path),
    post: (path, form = {}, opts = {}) => {
      const body = new URLSearchParams(form);
      if (opts.csrf !== null) body.set('_csrf', opts.csrf ?? csrf);
      return call('POST', path, body.toString(), { 'content-type': FORM, origin: opts.origin ?? svc.baseUrl });
    },
  };
}
