import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { hashToken, type ApiTokenRepository } from '../../accounts/api-tokens';
import { ADMIN_API_PRINCIPAL, principalOf, type Principal } from '../../accounts/principal';
import { isAdminRole } from '../../accounts/roles';
import type { UserRecord, UserRepository } from '../../store/types';
import { parseCookies, serializeCookie, sign, unsign } from './cookies';
import type { ConsoleSession, SessionStore } from './sessions';

export const SESSION_COOKIE = 'tlcv_console';

/** What every console page knows about the request: who, through which session. */
export interface ConsoleContext {
  principal: Principal;
  /** The person's account (absent for the deployment token). */
  user?: UserRecord;
  session: ConsoleSession;
  sessionId: string;
}

export type SignInResult = { kind: 'ok'; subject: ConsoleSession['subject']; tokenHash: string } | { kind: 'refused'; reason: 'disabled' | 'unknown' | 'not_admin' };

const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Console authentication: signed session cookies resolved through the store on every request. The person's account is
 * re-read each time, so a revoked, locked or demoted administrator (or a revoked token) is out at the next click.
 */
export function createConsoleAuth(deps: { sessions: SessionStore; users: Pick<UserRepository, 'get'>; tokens: ApiTokenRepository; adminToken?: string; secure: boolean; idleMinutes: number }) {
  const adminHash = deps.adminToken ? hashToken(deps.adminToken) : undefined;

  async function principalFor(session: ConsoleSession): Promise<{ principal: Principal; user?: UserRecord } | undefined> {
    if (session.subject.kind === 'admin-token') {
      return adminHash && session.tokenHash && sameHash(session.tokenHash, adminHash) ? { principal: { ...ADMIN_API_PRINCIPAL, via: 'console' } } : undefined;
    }
    const userId = session.subject.userId;
    if (session.tokenHash && (await deps.tokens.findByHash(session.tokenHash))?.userId !== userId) return undefined;
    const user = await deps.users.get(userId);
    if (!user || user.status !== 'active' || !isAdminRole(user.role)) return undefined;
    return { principal: principalOf(user, 'console'), user };
  }

  async function sessionIdOf(req: Request): Promise<string | undefined> {
    const signed = parseCookies(req.get('cookie')).get(SESSION_COOKIE);
    return signed ? unsign(signed, await deps.sessions.secret()) : undefined;
  }

  return {
    /** A local sign-in: ADMIN_API_TOKEN (system administrator) or an active administrator's personal token. */
    async checkToken(token: string): Promise<SignInResult> {
      if (!adminHash) return { kind: 'refused', reason: 'disabled' };
      const hash = hashToken(token.trim());
      if (sameHash(hash, adminHash)) return { kind: 'ok', subject: { kind: 'admin-token' }, tokenHash: hash };
      const record = await deps.tokens.findByHash(hash);
      const user = record && (await deps.users.get(record.userId));
      if (!user || user.status !== 'active') return { kind: 'refused', reason: 'unknown' };
      if (!isAdminRole(user.role)) return { kind: 'refused', reason: 'not_admin' };
      return { kind: 'ok', subject: { kind: 'person', userId: user.id }, tokenHash: hash };
    },

    /**
     * Starts a session and sets its cookie (a fresh id at every sign-in, so a planted cookie is worth nothing). Inside
     * Teams the console is a third-party frame: its cookie must be SameSite=None (and so Secure); forms keep their CSRF token.
     */
    async signIn(res: Response, subject: ConsoleSession['subject'], via: ConsoleSession['via'], tokenHash?: string): Promise<void> {
      const { id } = await deps.sessions.create(subject, via, tokenHash);
      res.append('Set-Cookie', serializeCookie(SESSION_COOKIE, sign(id, await deps.sessions.secret()), { secure: deps.secure, sameSite: via === 'teams' ? 'None' : 'Lax' }));
    },

    async signOut(req: Request, res: Response): Promise<void> {
      const id = await sessionIdOf(req);
      if (id) await deps.sessions.destroy(id);
      res.append('Set-Cookie', serializeCookie(SESSION_COOKIE, '', { secure: deps.secure, sameSite: 'Lax', maxAgeSeconds: 0 }));
    },

    /** Sets res.locals.console for a live session; otherwise sends the browser to the sign-in page (saying why). */
    require: (async (req, res, next) => {
      const id = await sessionIdOf(req);
      const read = id ? await deps.sessions.read(id) : { kind: 'none' as const };
      const who = read.kind === 'ok' ? await principalFor(read.session) : undefined;
      if (read.kind === 'ok' && who) {
        res.locals.console = { ...who, session: read.session, sessionId: read.id } satisfies ConsoleContext;
        return next();
      }
      if (read.kind === 'ok') await deps.sessions.destroy(read.id);
      const why = read.kind === 'expired' ? 'expired' : read.kind === 'ok' ? 'ended' : undefined;
      if (req.method !== 'GET') return void res.redirect(303, `/console/login${why ? `?why=${why}` : ''}`);
      const next_ = encodeURIComponent(req.originalUrl);
      res.redirect(303, `/console/login?next=${next_}${why ? `&why=${why}` : ''}`);
    }) as RequestHandler,
  };
}

export type ConsoleAuth = ReturnType<typeof createConsoleAuth>;

/** The console context set by `require`. */
export function contextOf(res: Response): ConsoleContext {
  return res.locals.console as ConsoleContext;
}
