import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { createEmbeddedStore, createMongoStore } from '../../src/store';
import type { Store } from '../../src/store/types';

/** A store under test with its cleanup; `mongo` only when MONGODB_URI is set. */
export interface StoreKind {
  name: 'embedded' | 'mongodb';
  create(clock?: { now(): Date }): Promise<{ store: Store; dataDir: string; dbName?: string; cleanup(): Promise<void> }>;
}

/** The store kinds to run a suite over: embedded always, MongoDB when MONGODB_URI is set (else one console warning). */
export function storeKinds(): StoreKind[] {
  const uri = process.env.MONGODB_URI;
  const kinds: StoreKind[] = [{
    name: 'embedded',
    create: async (clock) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kind-embedded-'));
      const store = await createEmbeddedStore({ dataDir, clock });
      return { store, dataDir, cleanup: async () => { await store.close(); fs.rmSync(dataDir, { recursive: true, force: true }); } };
    },
  }];
  if (!uri) {
    console.warn('MONGODB_URI not set: skipping MongoDB tests (run `source .ci/ferretdb.sh` first)');
    return kinds;
  }
  kinds.push({
    name: 'mongodb',
    create: async (clock) => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kind-mongo-'));
      const dbName = `test_${randomUUID().slice(0, 8)}`;
      const store = await createMongoStore({ uri, dbName, clock });
      return {
        store, dataDir, dbName,
        cleanup: async () => {
          await store.close();
          const c = await new MongoClient(uri).connect();
          await c.db(dbName).dropDatabase();
          await c.close();
          fs.rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  });
  return kinds;
}
