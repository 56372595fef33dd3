import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../../core/clock';
import type { StateRepository } from '../../store/types';

/** A signed-in console session as kept server-side (the cookie holds only its random id, signed). */
export interface ConsoleSession {
  /** Who: the deployment token (a system administrator) or a provisioned person, re-read on every request. */
  subject: { kind: 'admin-token' } | { kind: 'person'; userId: string };
  /** How they signed in; a token sign-in also keeps the token's hash, so revoking the token ends the session. */
  via: 'token' | 'entra' | 'teams';
  tokenHash?: string;
  /** The session's anti-CSRF token, sent back in every form. */
  csrf: string;
  createdAt: number;
  lastSeen: number;
}

export type SessionRead = { kind: 'ok'; id: string; session: ConsoleSession } | { kind: 'expired' } | { kind: 'none' };

const sessionKey = (id: string) => `console/session/${createHash('sha256').update(id).digest('hex')}`;
const SECRET_KEY = 'console/cookie-secret';
// lastSeen is written at most this often: every page view would otherwise be a store write.
const TOUCH_MS = 60_000;

/** Sessions on the store's key-value state (any instance accepts them), ended after `idleMs` without a request or `maxMs` in all. */
export function createSessionStore(deps: { state: StateRepository; clock: Clock; idleMs: number; maxMs: number }) {
  const { state, clock } = deps;
  return {
    /** The secret that signs cookies, created once and shared by every instance through the store. */
    async secret(): Promise<string> {
      const found = (await state.read([SECRET_KEY]))[SECRET_KEY] as { secret?: string } | undefined;
      if (found?.secret) return found.secret;
      await state.write({ [SECRET_KEY]: { secret: randomBytes(32).toString('base64url') } });
      // Two instances racing: both read back whichever write landed last.
      return ((await state.read([SECRET_KEY]))[SECRET_KEY] as { secret: string }).secret;
    },
    async create(subject: ConsoleSession['subject'], via: ConsoleSession['via'], tokenHash?: string): Promise<{ id: string; session: ConsoleSession }> {
      const id = randomBytes(32).toString('base64url');
      const now = clock.now().getTime();
      const session: ConsoleSession = { subject, via, ...(tokenHash ? { tokenHash } : {}), csrf: randomBytes(24).toString('base64url'), createdAt: now, lastSeen: now };
      await state.write({ [sessionKey(id)]: session });
      return { id, session };
    },
    async read(id: string): Promise<SessionRead> {
      const session = (await state.read([sessionKey(id)]))[sessionKey(id)] as ConsoleSession | undefined;
      if (!session) return { kind: 'none' };
      const now = clock.now().getTime();
      if (now - session.lastSeen > deps.idleMs || now - session.createdAt > deps.maxMs) {
        await state.delete([sessionKey(id)]);
        return { kind: 'expired' };
      }
      if (now - session.lastSeen > TOUCH_MS) {
        session.lastSeen = now;
        await state.write({ [sessionKey(id)]: session });
      }
      return { kind: 'ok', id, session };
    },
    async destroy(id: string): Promise<void> {
      await state.delete([sessionKey(id)]);
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
