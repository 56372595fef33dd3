import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { MongoClient } from 'mongodb';
import type { Server } from 'node:http';
import express from 'express';
import pino from 'pino';
import { createStateTokenRepository } from '../../../src/accounts/api-tokens';
import { errorMiddleware, notFound } from '../../../src/http/error-middleware';
import { createAdminUsageRouter } from '../../../src/http/admin-usage-routes';
import { createAdminUsersRouter } from '../../../src/http/admin-users-routes';
import type { Clock } from '../../../src/core/clock';
import { createEmbeddedStore, createMongoStore } from '../../../src/store';
import type { Store } from '../../../src/store/types';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** The admin routers wired as the composition root will wire them, listening on a free port. */
export async function startAdminApp(store: Pick<Store, 'users' | 'audit' | 'state'>, opts: { adminToken?: string; clock?: Clock } = {}) {
  const clock = opts.clock ?? { now: () => new Date() };
  const deps = {
    users: store.users,
    audit: { record: (e: Parameters<Store['audit']['append']>[0]) => store.audit.append(e) },
    auditLog: store.audit,
    tokens: createStateTokenRepository(store.state),
    adminToken: 'adminToken' in opts ? opts.adminToken : ADMIN_TOKEN,
    clock,
  };
  const app = express();
  app.use(createAdminUsersRouter(deps));
  app.use(createAdminUsageRouter(deps));
  app.use(notFound);
  app.use(errorMiddleware(pino({ level: 'silent' })));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** Calls the API; `body` is sent as JSON unless a string (then as text/csv). */
  const call = async (method: string, path: string, token: string | undefined, body?: unknown) => {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = typeof body === 'string' ? 'text/csv' : 'application/json';
    const res = await fetch(base + path, { method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
    const type = res.headers.get('content-type') ?? '';
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are asserted field by field in tests
    const json: any = type.includes('json') ? await res.json() : undefined;
    return { status: res.status, json, res };
  };
  return { base, call, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** The stores the admin API is tested on: embedded always, MongoDB (e.g. FerretDB) when MONGODB_URI is set. */
export function storeBackends(): { name: string; open: () => Promise<{ store: Store; cleanup: () => Promise<void> }> }[] {
  const backends = [{
    name: 'embedded',
    open: async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accounts-api-'));
      const store = await createEmbeddedStore({ dataDir: dir });
      return { store, cleanup: async () => { await store.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
    },
  }];
  const uri = process.env.MONGODB_URI;
  if (uri) {
    backends.push({
      name: 'mongodb',
      open: async () => {
        const dbName = `accounts_${randomUUID().slice(0, 8)}`;
        const store = await createMongoStore({ uri, dbName });
        return {
          store,
          cleanup: async () => {
            await store.close();
            const c = await new MongoClient(uri).connect();
            await c.db(dbName).dropDatabase();
            await c.close();
          },
        };
      },
    });
  }
  return backends;
}
