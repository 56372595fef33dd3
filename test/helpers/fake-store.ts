import type { AuditEvent, AuditEventInput, AuditRepository, StateRepository, UserRecord, UserRepository } from '../../src/store/types';

/** The data behind fake repositories; two fakes built on one `FakeData` behave like two instances on one database. */
export interface FakeData {
  users: Map<string, UserRecord>;
  audit: AuditEvent[];
  state: Map<string, string>;
}

/** Empty shared data. */
export function createFakeData(): FakeData {
  return { users: new Map(), audit: [], state: new Map() };
}

const copy = <T>(v: T): T => structuredClone(v);

/** In-memory UserRepository reading `data` on every call (no cache), like the MongoDB store. */
export function fakeUsers(data: FakeData, now: () => Date = () => new Date()): UserRepository {
  return {
    async upsert(user) {
      const existing = data.users.get(user.id);
      const t = now();
      const record: UserRecord = { ...user, createdAt: existing?.createdAt ?? user.createdAt ?? t, updatedAt: t };
      if (existing && existing.status !== user.status) record.statusChangedAt = t;
      data.users.set(user.id, copy(record));
      return copy(record);
    },
    async get(idOrUpn) {
      const found = data.users.get(idOrUpn) ?? [...data.users.values()].find((u) => u.upn?.toLowerCase() === idOrUpn.toLowerCase() || u.aadObjectId === idOrUpn.toLowerCase());
      return found && copy(found);
    },
    async findAll(keys) {
      const wanted = new Set(keys.map((k) => k.toLowerCase()));
      return [...data.users.values()].filter((u) => wanted.has(u.id.toLowerCase()) || (!!u.upn && wanted.has(u.upn.toLowerCase())) || (!!u.aadObjectId && wanted.has(u.aadObjectId))).map(copy);
    },
    async list(query) {
      return [...data.users.values()].filter((u) => !query?.unit || u.unit === query.unit).map(copy);
    },
    async setStatus(id, status, at) {
      const u = data.users.get(id);
      if (!u) return undefined;
      const record = { ...u, status, statusChangedAt: at, updatedAt: at };
      data.users.set(id, record);
      return copy(record);
    },
  };
}

/** In-memory append-only audit log (no hash chain: tests of accounts only need order and fields). */
export function fakeAudit(data: FakeData): AuditRepository {
  return {
    async append(event: AuditEventInput) {
      const e: AuditEvent = { ...copy(event), seq: data.audit.length + 1, prevHash: '', hash: '' };
      data.audit.push(e);
      return copy(e);
    },
    async *list(query) {
      for (const e of [...data.audit]) {
        if (query?.from && e.time < query.from) continue;
        if (query?.to && e.time >= query.to) continue;
        if (query?.unit && e.unit !== query.unit) continue;
        if (query?.type && e.type !== query.type) continue;
        yield copy(e);
      }
    },
  };
}

/** In-memory key-value state (values kept as JSON, as the real stores do). */
export function fakeState(data: FakeData): StateRepository {
  return {
    async read(keys) {
      const out: Record<string, unknown> = {};
      for (const k of keys) if (data.state.has(k)) out[k] = JSON.parse(data.state.get(k) as string);
      return out;
    },
    async write(changes) {
      for (const [k, v] of Object.entries(changes)) data.state.set(k, JSON.stringify(v));
    },
    async delete(keys) {
      for (const k of keys) data.state.delete(k);
    },
  };
}

/** A fake store's repositories over `data` (new data when none is given). */
export function createFakeStore(data: FakeData = createFakeData()) {
  return { data, users: fakeUsers(data), audit: fakeAudit(data), state: fakeState(data) };
}
