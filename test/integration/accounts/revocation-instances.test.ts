import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { createAccessCheck } from '../../../src/accounts/check-access';
import { AppError } from '../../../src/core/app-error';
import { createEmbeddedStore, createMongoStore } from '../../../src/store';
import type { Store } from '../../../src/store/types';
import type { Turn } from '../../../src/turns/types';
import { createFakeData, createFakeStore } from '../../helpers/fake-store';
import { ADMIN_TOKEN, startAdminApp } from './admin-app';

type Instances = { a: Pick<Store, 'users' | 'audit' | 'state'>; openB: () => Promise<Pick<Store, 'users'>>; cleanup: () => Promise<void> };

class SecondInstanceRefused extends Error {}

const OID = '0f0f0f0f-1111-2222-3333-444444444444';
const turn: Turn = { id: 't', user: { id: '29:x', aadObjectId: OID }, tenantId: 'tenant-1', conversation: { id: 'c', type: 'personal' }, text: 'xin chào', attachments: [] };

/** Provision through the API on instance A, check access on instance B, revoke through A, check B again. */
async function revokeThroughAOnB(open: () => Promise<Instances>) {
  const { a, openB, cleanup } = await open();
  const app = await startAdminApp(a);
  try {
    expect((await app.call('POST', '/admin/users', ADMIN_TOKEN, { id: OID, name: 'Lê Thị D', unit: 'UBND phường Suối Hoa', role: 'user' })).status).toBe(201);
    const b = await openB();
    const checkOnB = createAccessCheck({ users: b.users, config: { allowedTenantIds: ['tenant-1'], mode: 'allowlist' } });
    expect(await checkOnB(turn)).toMatchObject({ kind: 'allowed' });
    expect((await app.call('POST', `/admin/users/${OID}/revoke`, ADMIN_TOKEN)).status).toBe(200);
    expect(await checkOnB(turn)).toMatchObject({ kind: 'denied', reason: 'revoked' });
    // statusChangedAt drives the purge of revoked users' notes after the retention period.
    const changedAt = (await b.users.get(OID))?.statusChangedAt;
    expect(changedAt && new Date(changedAt).getTime()).toBeGreaterThan(0);
  } finally {
    await app.close();
    await cleanup();
  }
}

describe('revocation takes effect on the next message on another service instance', () => {
  it('with two instances sharing one database (in-memory fake)', async () => {
    const data = createFakeData();
    await revokeThroughAOnB(async () => ({ a: createFakeStore(data), openB: async () => createFakeStore(data), cleanup: async () => undefined }));
  });

  // The embedded store keeps records in memory, so it must be a single writer: a second instance on the same
  // dataDir has to refuse to open (store lock) rather than keep serving a user revoked through the first.
  it('with two embedded stores on one dataDir: the second refuses to open, or sees the revocation', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accounts-two-'));
    const a = await createEmbeddedStore({ dataDir: dir });
    let b: Store | undefined;
    try {
      await revokeThroughAOnB(async () => ({
        a,
        openB: async () => {
          try {
            b = await createEmbeddedStore({ dataDir: dir });
          } catch (e) {
            expect(AppError.isInstance(e) && e.code).toBe('UNAVAILABLE');
            throw new SecondInstanceRefused();
          }
          return b;
        },
        cleanup: async () => undefined,
      }));
    } catch (e) {
      if (!(e instanceof SecondInstanceRefused)) throw e;
    } finally {
      await a.close();
      await b?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('with one embedded store: the revocation is seen at once and survives a restart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accounts-one-'));
    try {
      await revokeThroughAOnB(async () => {
        const a = await createEmbeddedStore({ dataDir: dir });
        return { a, openB: async () => a, cleanup: () => a.close() };
      });
      const reopened = await createEmbeddedStore({ dataDir: dir });
      const check = createAccessCheck({ users: reopened.users, config: { allowedTenantIds: [], mode: 'allowlist' } });
      expect(await check(turn)).toMatchObject({ kind: 'denied', reason: 'revoked' });
      await reopened.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  const uri = process.env.MONGODB_URI;
  (uri ? it : it.skip)('with two MongoDB stores on one database (MONGODB_URI)', async () => {
    const dbName = `accounts_${randomUUID().slice(0, 8)}`;
    await revokeThroughAOnB(async () => {
      const a = await createMongoStore({ uri: uri as string, dbName });
      let b: Store | undefined;
      return {
        a,
        openB: async () => (b = await createMongoStore({ uri: uri as string, dbName })),
        cleanup: async () => {
          await a.close();
          await b?.close();
          const c = await new MongoClient(uri as string).connect();
          await c.db(dbName).dropDatabase();
          await c.close();
        },
      };
    });
  });
});
