import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEmbeddedStore } from '../../../src/store';
import { runStoreContract } from '../../contract/store-contract';
import { runInstanceContract } from '../../contract/store-contract-instances';

runStoreContract('embedded', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-embedded-'));
  return {
    open: () => createEmbeddedStore({ dataDir: dir }),
    reopen: () => createEmbeddedStore({ dataDir: dir }),
    multiInstance: false,
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
});

runInstanceContract('embedded', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-embedded-'));
  return {
    open: () => createEmbeddedStore({ dataDir: dir }),
    reopen: () => createEmbeddedStore({ dataDir: dir }),
    multiInstance: false,
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
});
