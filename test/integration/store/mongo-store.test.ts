import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { createMongoStore } from '../../../src/store';
import { runStoreContract } from '../../contract/store-contract';
import { runInstanceContract } from '../../contract/store-contract-instances';

const uri = process.env.MONGODB_URI;

if (!uri) {
  console.warn('MONGODB_URI not set: skipping MongoDB tests (run `source .ci/ferretdb.sh` first)');
  describe.skip('Store contract: mongodb', () => it('needs MONGODB_URI', () => undefined));
} else {
  runStoreContract('mongodb', () => {
    const dbName = `test_${randomUUID().slice(0, 8)}`;
    return {
      open: () => createMongoStore({ uri, dbName }),
      reopen: () => createMongoStore({ uri, dbName }),
      multiInstance: true,
      cleanup: async () => {
        const c = await new MongoClient(uri).connect();
        await c.db(dbName).dropDatabase();
        await c.close();
      },
    };
  });
}

if (uri) {
  runInstanceContract('mongodb', () => {
    const dbName = `test_${randomUUID().slice(0, 8)}`;
    return {
      open: () => createMongoStore({ uri, dbName }),
      reopen: () => createMongoStore({ uri, dbName }),
      multiInstance: true,
      cleanup: async () => {
        const c = await new MongoClient(uri).connect();
        await c.db(dbName).dropDatabase();
        await c.close();
      },
    };
  });
}
