import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../../core/clock';
import type { ExpiringRepository } from '../types';

/** A session as its owner sees it. */
export interface Session<T> {
  /** The bearer secret given to the client (only its hash is stored). */
  id: string;
  data: T;
  createdAt: Date;
  /** When it ends unless used again (never after createdAt + the absolute limit). */
  expiresAt: Date;
}

/** Sessions shared by every instance (e.g. the administrators' console): sliding idle expiry under an absolute limit. */
export interface SessionRepository<T> {
  create(data: T): Promise<Session<T>>;
  /** The live session, its idle expiry pushed back; undefined when unknown, expired or destroyed. */
  get(id: string): Promise<Session<T> | undefined>;
  /** Replaces the session's data; false when it is no longer live. */
  update(id: string, data: T): Promise<boolean>;
  destroy(id: string): Promise<void>;
}

type Stored<T> = { data: T; createdAt: string; lastSeen: string };

/**
 * Sessions over the store's expiring values: the key is the SHA-256 of the session id, so a copy of the database holds
 * no usable session; `idleMs` ends a session not used for that long, `absoluteMs` ends it regardless.
 */
export function createSessionRepository<T>(opts: { expiring: ExpiringRepository; namespace: string; idleMs: number; absoluteMs: number; clock: Clock }): SessionRepository<T> {
  const keyOf = (id: string) => createHash('sha256').update(id, 'utf8').digest('hex');
  const now = () => opts.clock.now().getTime();
  const ttl = (createdAt: number) => Math.min(opts.idleMs, createdAt + opts.absoluteMs - now());
  const view = (id: string, s: Stored<T>): Session<T> => {
    const created = Date.parse(s.createdAt);
    return { id, data: s.data, createdAt: new Date(created), expiresAt: new Date(now() + ttl(created)) };
  };
  const save = async (id: string, s: Stored<T>) => {
    const left = ttl(Date.parse(s.createdAt));
    if (left <= 0) {
      await opts.expiring.delete(opts.namespace, keyOf(id));
      return false;
    }
    await opts.expiring.put(opts.namespace, keyOf(id), s, left);
    return true;
  };
  return {
    async create(data) {
      const id = randomBytes(32).toString('base64url');
      const stamp = new Date(now()).toISOString();
      const s: Stored<T> = { data, createdAt: stamp, lastSeen: stamp };
      await save(id, s);
      return view(id, s);
    },
    async get(id) {
      const s = await opts.expiring.get<Stored<T>>(opts.namespace, keyOf(id));
      if (!s) return undefined;
      // Sliding expiry, written at most about ten times per idle period.
      if (now() - Date.parse(s.lastSeen) > opts.idleMs / 10) {
        s.lastSeen = new Date(now()).toISOString();
        if (!(await save(id, s))) return undefined;
      }
      return view(id, s);
    },
    async update(id, data) {
      const s = await opts.expiring.get<Stored<T>>(opts.namespace, keyOf(id));
      return s ? save(id, { ...s, data, lastSeen: new Date(now()).toISOString() }) : false;
    },
    async destroy(id) {
      await opts.expiring.delete(opts.namespace, keyOf(id));
    },
  };
}
